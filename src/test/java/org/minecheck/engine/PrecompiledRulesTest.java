package org.minecheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.model.Dataset;
import org.minecheck.testing.TestRules;
import org.minecheck.tools.synthetic.SyntheticProvince;

class PrecompiledRulesTest {
    @TempDir
    Path dir;

    private static RuleBook compiled() {
        return RuleBook.load(RulePack.bundled());
    }

    private Path precompile() throws IOException {
        Path file = dir.resolve("bundled-rules.bin");
        PrecompiledRules.main(new String[] {file.toString()});
        return file;
    }

    @Test
    void thePrecompiledPackHasTheSameRulesAndFindsTheSameAsTheCompiledOne() throws IOException {
        Path file = precompile();
        RuleBook reference = compiled();
        RuleBook fromFile = RuleBook.load(RulePack.bundled(), file);
        assertThat(PrecompiledRules.load(
                        file, PrecompiledRules.drlOf(RulePack.bundled().baseFiles())))
                .isNotNull();
        assertThat(fromFile.rules()).isEqualTo(reference.rules()).hasSizeGreaterThan(40);

        Dataset d = SyntheticProvince.generate(400, 4);
        LocalDate date = SyntheticProvince.CHECK_DATE;
        var expected = TestRules.runner(reference).run(d, date);
        var actual = TestRules.runner(fromFile).run(d, date);
        assertThat(actual.findings()).isEqualTo(expected.findings()).hasSizeGreaterThan(300);
        assertThat(actual.results().get(0))
                .isEqualTo(expected.results().get(0))
                .isInstanceOf(org.minecheck.fund.FundExtension.Rates.class);
    }

    @Test
    void anEditedPackIsCompiledAndABrokenFileIsIgnored() throws IOException {
        Path file = precompile();
        var drl = PrecompiledRules.drlOf(RulePack.bundled().baseFiles());
        drl.put("extra/extra.drl", "package minecheck.extra;\\n");
        assertThat(PrecompiledRules.load(file, drl)).as("other DRL texts").isNull();

        Files.write(file, new byte[] {1, 2, 3});
        assertThat(PrecompiledRules.load(
                        file, PrecompiledRules.drlOf(RulePack.bundled().baseFiles())))
                .isNull();
        assertThat(RuleBook.load(RulePack.bundled(), file).rules()).hasSizeGreaterThan(40);
    }
}
