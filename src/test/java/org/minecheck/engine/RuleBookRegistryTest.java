package org.minecheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.config.MinecheckProperties;

/** A pack is compiled once per content: the same overlay again is the same rule book; an edited one is compiled anew. */
class RuleBookRegistryTest {
    @TempDir
    Path dir;

    @Test
    void theSameOverlayIsCompiledOnceAndAnEditedOneAgain() throws Exception {
        RuleBookRegistry registry = new RuleBookRegistry(MinecheckProperties.defaults());
        long t0 = System.nanoTime();
        RuleBook first = registry.get("rules-ordos");
        long t1 = System.nanoTime();
        RuleBook second = registry.get("rules-ordos");
        long t2 = System.nanoTime();
        System.out.printf("rules-ordos: first %.0f ms, second %.1f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        assertThat(second).isSameAs(first);

        Path copy = dir.resolve("ordos");
        try (var files = Files.walk(Path.of("rules-ordos"))) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(Path.of("rules-ordos").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        assertThat(registry.get(copy.toString()).digest())
                .as("same content, other folder")
                .isEqualTo(first.digest());
        Files.writeString(
                copy.resolve("params/settings.csv"),
                "\nlicence.expiry-warning-days,45,days,edited\n",
                java.nio.file.StandardOpenOption.APPEND);
        RuleBook edited = registry.get(copy.toString());
        assertThat(edited).isNotSameAs(first);
        assertThat(edited.digest()).isNotEqualTo(first.digest());
        assertThat(registry.get(null).digest()).isNotEqualTo(first.digest());
    }
}
