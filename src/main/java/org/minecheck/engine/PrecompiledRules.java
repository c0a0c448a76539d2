package org.minecheck.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * The bundled rule pack compiled at build time (docs/performance.md): its compiled packages, serialised with a digest
 * of the DRL texts they came from. {@link RuleBook} uses them instead of compiling when the file is named by the
 * setting {@code minecheck.precompiled-rules} (bin/minecheck names the one `mvn package` writes) and the digest matches the
 * DRL it is about to compile, so an edited or provincial pack is always compiled at run time. Any problem reading the
 * file means compiling as usual. The file is only ever read from where the launcher points, never from user input.
 */
public final class PrecompiledRules {

    private PrecompiledRules() {}

    /** Writes the bundled pack's compiled packages to {@code args[0]}. Run by the build. */
    public static void main(String[] args) throws IOException {
        RulePack pack = RulePack.bundled();
        Map<String, String> drl = drlOf(pack.baseFiles());
        RuleBook book = RuleBook.load(pack);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeUTF(digest(drl));
            out.writeObject(new ArrayList<>(book.kieBase().getKiePackages()));
        }
        Files.write(Path.of(args[0]), bytes.toByteArray());
        System.out.println("precompiled rules: " + args[0] + " (" + book.rules().size() + " rules, "
                + bytes.size() / 1024 + " KB)");
    }

    /** The DRL files of a pack's file map, by path, as {@link RuleBook} compiles them. */
    static Map<String, String> drlOf(Map<String, String> files) {
        Map<String, String> drl = new LinkedHashMap<>();
        files.forEach((p, t) -> {
            if (p.endsWith(".drl")) drl.put(p, t);
        });
        return drl;
    }

    /** A rule base from the precompiled file when it was compiled from exactly these DRL texts; otherwise null. */
    static KieBase load(Path file, Map<String, String> drl) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                if (!in.readUTF().equals(digest(drl))) return null;
                @SuppressWarnings("unchecked")
                Collection<KiePackage> packages = (Collection<KiePackage>) in.readObject();
                var kieBase = KnowledgeBaseFactory.newKnowledgeBase();
                kieBase.addPackages(packages);
                return kieBase;
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null;
        }
    }

    /** SHA-256 over the DRL paths and texts, in path order. */
    static String digest(Map<String, String> drl) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (var e : new TreeMap<>(drl).entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
