package org.minecheck.engine.pack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.minecheck.engine.pack.CodeChecker.Ty;
import org.minecheck.engine.pack.Lexer.Refusal;

/**
 * Checks a DRL file before anything of it is compiled, and returns its parsed form, which is then compiled as it is
 * (so the checker and the compiler read the same thing). A rule pack is code that runs inside the checker: only a fixed
 * set of constructs is allowed (patterns joined by and/or/not/exists, {@code from collect}, the built-in accumulate
 * functions, {@code salience <integer>}, {@code no-loop}, the catalogue's annotations with plain values, the
 * {@code findings} global) and the code of every constraint, binding and consequence may name only bindings, locals and
 * the rule API ({@link RuleApi}). Every refusal names the file, the line and what is not allowed.
 */
public final class PackValidator {
    /** Annotations a rule carries: the catalogue's metadata. */
    static final Set<String> ANNOTATIONS = Set.of("id", "severity", "department", "basis", "message");

    static final Set<String> REQUIRED_ANNOTATIONS = Set.of("id", "severity", "department", "basis");
    private static final Pattern PLAIN =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*(\\s*,\\s*[A-Za-z0-9][A-Za-z0-9_.-]*)*");
    private static final Pattern PACKAGE = Pattern.compile("minecheck(\\.[a-z][a-z0-9_]*)*");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
    private static final Set<String> ACCUMULATE_FUNCTIONS =
            Set.of("count", "sum", "min", "max", "average", "collectList", "collectSet");

    private final String file;
    private final String text;
    private final int[] lineStarts;
    private final List<String> problems;
    private final Map<String, Class<?>> imported = new HashMap<>();
    private final List<String> wildcards = new ArrayList<>();
    private final CodeChecker.TypeNames names = this::resolve;
    private String rule;

    private PackValidator(String file, String text, List<String> problems) {
        this.file = file;
        this.text = text;
        this.problems = problems;
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /**
     * Parses and checks one DRL file. {@code file} is how problems name it. Returns the parsed file when it passed,
     * otherwise null with every problem added to {@code problems} as {@code file:line: what}.
     */
    public static PackageDescr validate(String file, String text, List<String> problems) {
        PackValidator v = new PackValidator(file, text, problems);
        int before = problems.size();
        PackageDescr descr = v.run();
        return problems.size() == before ? descr : null;
    }

    /** Parses a DRL file without checking it (to read the rule ids of a national file an overlay replaces). */
    static PackageDescr parse(String file, String text, List<String> problems) {
        return new PackValidator(file, text, problems).parsed();
    }

    private PackageDescr run() {
        int escape = text.indexOf("\\u");
        if (escape >= 0) {
            // The Java compiler decodes \\uXXXX anywhere, even inside comments and strings, where the DRL parser
            // passes it through untouched: what the checker reads would not be what runs.
            problem(
                    escape,
                    "\\u escapes are not allowed anywhere in a rule file (they hide code from the checker); "
                            + "write the character itself");
            return null;
        }
        PackageDescr p = parsed();
        if (p == null) return null;
        checkPackage(p);
        for (RuleDescr r : p.getRules()) checkRule(r);
        return p;
    }

    private PackageDescr parsed() {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        PackageDescr p;
        try {
            p = parser.parse(false, text);
        } catch (DroolsParserException e) {
            problems.add(file + ":" + Math.max(e.getLineNumber(), 0) + ": " + e.getMessage());
            return null;
        }
        if (parser.hasErrors() || p == null) {
            for (DroolsError e : parser.getErrors()) {
                int[] lines = e.getLines();
                problems.add(file + ":" + (lines.length > 0 ? lines[0] : 0) + ": " + e.getMessage());
            }
            if (parser.getErrors().isEmpty()) problems.add(file + ":0: cannot be read as DRL");
            return null;
        }
        return p;
    }

    // ---- the package: name, imports, globals, and nothing else ----

    private void checkPackage(PackageDescr p) {
        if (p.getName() == null || !PACKAGE.matcher(p.getName()).matches()) {
            lineProblem(
                    p.getLine(),
                    "package '" + p.getName() + "' is not allowed: a rule pack's package is "
                            + "'minecheck' or starts with 'minecheck.' (e.g. minecheck.licence.ordos)");
        }
        if (p.getUnit() != null) lineProblem(p.getUnit().getLine(), "rule units are not allowed");
        for (ImportDescr i : p.getImports()) checkImport(i);
        for (var f : p.getFunctionImports()) {
            lineProblem(
                    f.getLine(),
                    "'import static'/'import function " + f.getTarget() + "' is not allowed: name a "
                            + "type of the rule API and call its member");
        }
        for (var a : p.getAccumulateImports()) {
            lineProblem(
                    a.getLine(),
                    "'import accumulate' is not allowed: only the built-in accumulate functions "
                            + ACCUMULATE_FUNCTIONS);
        }
        for (GlobalDescr g : p.getGlobals()) {
            Class<?> type = typeOf(g.getType());
            if (!RuleApi.GLOBAL_NAME.equals(g.getIdentifier())
                    || type == null
                    || !type.getName().equals(RuleApi.GLOBAL_TYPE)) {
                lineProblem(
                        g.getLine(),
                        "global '" + g.getType() + " " + g.getIdentifier() + "' is not allowed: the "
                                + "only global is 'global " + RuleApi.GLOBAL_TYPE + " findings;'");
            }
        }
        for (AttributeDescr a : p.getAttributes()) checkDialect(a, "package attribute");
        for (var f : p.getFunctions()) {
            lineProblem(
                    f.getLine(),
                    "functions are not allowed in a rule pack ('function " + f.getName() + "'): "
                            + "arithmetic a rule needs belongs in the rule API");
        }
        for (var d : p.getClassAndEnumDeclarationDescrs()) {
            lineProblem(
                    d.getLine(),
                    "'declare " + d.getTypeName() + "' is not allowed: a rule pack uses the fact "
                            + "types of the rule API");
        }
        for (var d : p.getTypeDeclarations()) {
            if (!p.getClassAndEnumDeclarationDescrs().contains(d)) {
                lineProblem(d.getLine(), "'declare " + d.getTypeName() + "' is not allowed");
            }
        }
        for (var d : p.getEntryPointDeclarations()) lineProblem(d.getLine(), "entry points are not allowed");
        for (var d : p.getWindowDeclarations()) lineProblem(d.getLine(), "windows are not allowed");
    }

    private void checkImport(ImportDescr i) {
        String target = i.getTarget();
        if (target.endsWith(".*")) {
            String pkg = target.substring(0, target.length() - 2);
            if (RuleApi.WILDCARD_IMPORTS.contains(pkg)) {
                wildcards.add(pkg);
                return;
            }
        } else {
            Class<?> c = RuleApi.byName(target);
            if (c != null) {
                imported.put(c.getSimpleName(), c);
                return;
            }
        }
        lineProblem(
                i.getLine(),
                "import " + target + " is not allowed: a rule pack may import the rule API "
                        + "(org.minecheck.engine.api, org.minecheck.model, evidence, geometry facts, the fund and regional "
                        + "facts), java.time, java.math and java.util.List");
    }

    private void checkDialect(AttributeDescr a, String what) {
        if ("dialect".equals(a.getName()) && "java".equals(a.getValue())) return;
        String why = "dialect".equals(a.getName())
                ? " (MVEL consequences are not checked the way Java ones are: " + "write the rule in the java dialect)"
                : "";
        lineProblem(a.getLine(), what + " '" + a.getName() + " " + a.getValue() + "' is not allowed" + why);
    }

    private Class<?> resolve(String simple) {
        Class<?> c = imported.get(simple);
        if (c != null) return c;
        for (String pkg : wildcards) {
            c = RuleApi.byName(pkg + "." + simple);
            if (c != null) return c;
        }
        return RuleApi.IMPLICIT.get(simple);
    }

    /** A type as written in DRL: a simple name known through the imports, or a fully qualified allowed name. */
    private Class<?> typeOf(String written) {
        if (written == null) return null;
        String w = written.strip();
        return w.contains(".") ? RuleApi.byName(w) : resolve(w);
    }

    // ---- rules ----

    private void checkRule(RuleDescr r) {
        rule = r.getName();
        if (r.isQuery()) {
            lineProblem(r.getLine(), "queries are not allowed in a rule pack");
            return;
        }
        if (r.getParentName() != null) lineProblem(r.getLine(), "'extends' is not allowed: each rule stands alone");
        if (r.getUnit() != null) lineProblem(r.getLine(), "rule units are not allowed");
        if (!r.getNamedConsequences().isEmpty()) {
            lineProblem(r.getLine(), "named consequences (then[…], do[…]) are not allowed");
        }
        for (AttributeDescr a : r.getAttributes().values()) checkAttribute(a, r);
        checkAnnotations(r);
        Map<String, Ty> scope = new HashMap<>();
        scope.put(RuleApi.GLOBAL_NAME, Ty.value(RuleApi.byName(RuleApi.GLOBAL_TYPE)));
        lhs(r.getLhs(), scope);
        if (!(r.getConsequence() instanceof String code)) {
            lineProblem(r.getLine(), "the consequence cannot be read");
        } else {
            int at = text.indexOf(code, Math.max(r.getStartCharacter(), 0));
            try {
                CodeChecker.consequence(names, scope, code);
            } catch (Refusal e) {
                if (at >= 0) {
                    problem(at + e.offset, e.getMessage());
                } else {
                    lineProblem(r.getConsequenceLine(), e.getMessage());
                }
            }
        }
        rule = null;
    }

    private void checkAttribute(AttributeDescr a, RuleDescr r) {
        String name = a.getName();
        String value = a.getValue() == null ? "" : a.getValue().strip();
        int line = a.getLine() > 0 ? a.getLine() : r.getLine();
        switch (name) {
            case "salience" -> {
                if (!INTEGER.matcher(value).matches()) {
                    lineProblem(line, "salience must be a whole number, found '" + value + "'");
                }
            }
            case "no-loop" -> {
                if (!value.isEmpty() && !value.equals("true") && !value.equals("false")) {
                    lineProblem(line, "no-loop takes true or false, found '" + value + "'");
                }
            }
            case "dialect" -> checkDialect(a, "rule attribute");
            default ->
                lineProblem(
                        line, "rule attribute '" + name + "' is not allowed: salience <integer> and " + "no-loop are");
        }
    }

    private void checkAnnotations(RuleDescr r) {
        for (AnnotationDescr a : r.getAnnotations()) {
            int line = a.getLine() > 0 ? a.getLine() : r.getLine();
            if (!ANNOTATIONS.contains(a.getName())) {
                lineProblem(line, "annotation @" + a.getName() + " is not allowed: a rule carries " + ANNOTATIONS);
                continue;
            }
            Map<String, Object> values = a.getValueMap();
            Object v = values.size() == 1 ? values.get(AnnotationDescr.VALUE) : null;
            if (!(v instanceof String s) || !PLAIN.matcher(s.strip()).matches()) {
                lineProblem(
                        line,
                        "@" + a.getName() + " takes plain names only (letters, digits, '-', '_', '.', "
                                + "commas), found " + values.values());
            }
        }
        for (String required : REQUIRED_ANNOTATIONS) {
            if (r.getAnnotation(required) == null) lineProblem(r.getLine(), "@" + required + " is missing");
        }
    }

    private void lhs(BaseDescr d, Map<String, Ty> scope) {
        if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr) {
            for (BaseDescr c : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) lhs(c, scope);
        } else if (d instanceof PatternDescr p) {
            pattern(p, scope);
        } else {
            String what = d instanceof EvalDescr
                    ? "eval(…)"
                    : d instanceof ForallDescr
                            ? "forall"
                            : d instanceof ConditionalBranchDescr
                                    ? "if … do[…]"
                                    : d instanceof NamedConsequenceDescr
                                            ? "do[…]"
                                            : d.getClass().getSimpleName().replace("Descr", "");
            lineProblem(
                    d.getLine(),
                    what + " is not allowed in a rule's conditions: patterns joined by and, or, "
                            + "not and exists are");
        }
    }

    private void pattern(PatternDescr p, Map<String, Ty> scope) {
        Class<?> type = typeOf(p.getObjectType());
        if (type == null) {
            lineProblem(p.getLine(), "pattern type '" + p.getObjectType() + "' is not a fact type of the rule API");
            return;
        }
        if (p.getIdentifier() != null) {
            if (p.isUnification()) lineProblem(p.getLine(), "unification (':=') is not allowed");
            scope.put(p.getIdentifier(), Ty.value(type));
        }
        if (p.isQuery()) lineProblem(p.getLine(), "queries are not allowed");
        if (!p.getBehaviors().isEmpty()) lineProblem(p.getLine(), "windows are not allowed");
        if (!p.getAnnotations().isEmpty()) lineProblem(p.getLine(), "annotations on patterns are not allowed");
        if (!p.getPositionalConstraints().isEmpty()) {
            lineProblem(p.getLine(), "positional constraints are not allowed: name the field");
        }
        for (BaseDescr c : p.getConstraint().getDescrs()) {
            if (c instanceof ExprConstraintDescr e && e.getType() == ExprConstraintDescr.Type.NAMED) {
                code(e, e.getExpression(), type, scope);
            } else {
                lineProblem(
                        c.getLine() > 0 ? c.getLine() : p.getLine(),
                        "constraint '" + c.getText() + "' is not " + "allowed");
            }
        }
        if (p.getSource() == null) return;
        if (p.getSource() instanceof CollectDescr collect) {
            if (type != java.util.List.class) {
                lineProblem(p.getLine(), "'from collect' collects into a List only, not " + p.getObjectType());
            }
            pattern(collect.getInputPattern(), scope);
        } else if (p.getSource().getClass() == AccumulateDescr.class) {
            accumulate((AccumulateDescr) p.getSource(), p, scope);
        } else {
            String source = String.valueOf(p.getSource().getText()).strip();
            String what = "'" + (source.startsWith("from ") ? "" : "from ") + source + "'";
            lineProblem(
                    p.getLine(),
                    what + " is not allowed: facts come from the check ('from collect' and "
                            + "'from accumulate' with a built-in function are allowed)");
        }
    }

    private void accumulate(AccumulateDescr a, PatternDescr p, Map<String, Ty> scope) {
        int line = a.getLine() > 0 ? a.getLine() : p.getLine();
        if (a.getInitCode() != null
                || a.getActionCode() != null
                || a.getReverseCode() != null
                || a.getResultCode() != null
                || !a.isExternalFunction()) {
            lineProblem(
                    line,
                    "accumulate with init/action/result code is not allowed: use a built-in function "
                            + ACCUMULATE_FUNCTIONS);
            return;
        }
        if (a.getInput() == null) {
            lineProblem(line, "accumulate needs a pattern to accumulate over");
            return;
        }
        lhs(a.getInput(), scope);
        for (AccumulateDescr.AccumulateFunctionCallDescr f : a.getFunctions()) {
            if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) {
                lineProblem(
                        line,
                        "accumulate function '" + f.getFunction() + "' is not allowed: use one of "
                                + ACCUMULATE_FUNCTIONS);
                continue;
            }
            if (f.isUnification()) lineProblem(line, "unification (':=') is not allowed");
            for (String param : f.getParams()) {
                try {
                    CodeChecker.constraint(names, scope, null, param);
                } catch (Refusal e) {
                    lineProblem(line, e.getMessage() + " (in " + f.getFunction() + "(" + param + "))");
                }
            }
            if (f.getBind() != null) {
                boolean list = f.getFunction().startsWith("collect");
                scope.put(f.getBind(), list ? Ty.UNKNOWN : Ty.value(Number.class));
            }
        }
    }

    private void code(BaseDescr where, String expression, Class<?> self, Map<String, Ty> scope) {
        try {
            Map.Entry<String, Ty> bound = CodeChecker.constraint(names, scope, self, expression);
            if (bound != null) scope.put(bound.getKey(), bound.getValue());
        } catch (Refusal e) {
            int start = where.getStartCharacter();
            if (start >= 0 && text.startsWith(expression, start)) {
                problem(start + e.offset, e.getMessage());
            } else {
                lineProblem(where.getLine(), e.getMessage());
            }
        }
    }

    // ---- problems ----

    private void problem(int offset, String what) {
        int line = Arrays.binarySearch(lineStarts, offset);
        lineProblem(line >= 0 ? line + 1 : -line - 1, what);
    }

    private void lineProblem(int line, String what) {
        problems.add(file + ":" + Math.max(line, 0) + ": " + (rule == null ? "" : "rule \"" + rule + "\": ") + what);
    }
}
