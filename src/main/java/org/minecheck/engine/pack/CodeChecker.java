package org.minecheck.engine.pack;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minecheck.engine.pack.Lexer.Kind;
import org.minecheck.engine.pack.Lexer.Refusal;
import org.minecheck.engine.pack.Lexer.Token;

/**
 * Reads one piece of rule code (a constraint, a binding, an accumulate argument or a consequence) and refuses every
 * name that is not a binding, a local, the {@code findings} global, an allowed type or an allowed member of the type
 * the code is using at that point. Types are followed along each chain ({@code $lic.validUntil().minusDays(…)}):
 * a member is checked against the type it is called on, and a member of a value whose type cannot be told is refused.
 * The grammar is a small part of Java (and of MVEL for constraints): anything else is refused, never skipped.
 */
final class CodeChecker {
    /** What a piece of code evaluates to, as far as the checker needs to know. */
    record Ty(Kind kind, Class<?> cls) {
        enum Kind {
            VALUE,
            TYPE,
            UNKNOWN,
            DROOLS,
            VOID
        }

        static final Ty UNKNOWN = new Ty(Kind.UNKNOWN, null);
        static final Ty DROOLS = new Ty(Kind.DROOLS, null);
        static final Ty VOID = new Ty(Kind.VOID, null);
        static final Ty STRING = value(String.class);
        static final Ty PRIMITIVE = value(int.class);

        static Ty value(Class<?> c) {
            return new Ty(Kind.VALUE, c);
        }

        static Ty type(Class<?> c) {
            return new Ty(Kind.TYPE, c);
        }
    }

    /** The finding sink's methods that take {@code drools} first: raise, raiseOn. */
    private static final Set<String> REPORTING = RuleApi.reporting(RuleApi.byName(RuleApi.GLOBAL_TYPE));

    private static final Set<String> CONSEQUENCE_CALLS =
            Set.of("insert", "insertLogical", "update", "delete", "retract");
    private static final Set<String> CONSTRAINT_OPERATORS = Set.of("in", "contains", "memberOf", "excludes");
    private static final Set<String> BINARY =
            Set.of("==", "!=", "<", ">", "<=", ">=", "&&", "||", "+", "-", "*", "/", "%");
    private static final Set<String> ASSIGN = Set.of("=", "+=", "-=", "*=", "/=");
    private static final String LOOPS =
            "loops are not allowed in a rule: a rule acts on one match; match more facts " + "instead";
    private static final Map<String, String> REFUSED_WORDS = Map.ofEntries(
            Map.entry("while", LOOPS),
            Map.entry("for", LOOPS),
            Map.entry("do", LOOPS),
            Map.entry("switch", "'switch' is not allowed in a rule; use if/else"),
            Map.entry("try", "'try' is not allowed in a rule"),
            Map.entry("catch", "'catch' is not allowed in a rule"),
            Map.entry("finally", "'finally' is not allowed in a rule"),
            Map.entry("throw", "'throw' is not allowed in a rule: report a finding instead"),
            Map.entry("synchronized", "'synchronized' is not allowed in a rule"),
            Map.entry("class", "classes cannot be declared or referred to in a rule"),
            Map.entry("interface", "types cannot be declared in a rule"),
            Map.entry("enum", "types cannot be declared in a rule"),
            Map.entry("record", "types cannot be declared in a rule"),
            Map.entry("var", "'var' is not allowed in a rule: name the local's type"),
            Map.entry("super", "'super' is not allowed in a rule"),
            Map.entry("assert", "'assert' is not allowed in a rule"),
            Map.entry("break", "'break' is not allowed in a rule"),
            Map.entry("continue", "'continue' is not allowed in a rule"),
            Map.entry("yield", "'yield' is not allowed in a rule"),
            Map.entry("import", "imports belong at the top of the file"),
            Map.entry("static", "'static' is not allowed in a rule"),
            Map.entry("native", "'native' is not allowed in a rule"),
            Map.entry("kcontext", "the rule context is not open to rules: pass 'drools' to findings.raise"),
            Map.entry(
                    "matches",
                    "regular expressions ('matches') are not allowed in a rule pack: a pattern can "
                            + "run for ever on one value; compare values or use a parameter table"),
            Map.entry("soundslike", "'soundslike' is not allowed in a rule"),
            Map.entry("str", "'str[…]' is not allowed in a rule; use startsWith/endsWith"),
            Map.entry("System", "System is not allowed in a rule (process, environment, exit)"),
            Map.entry("Runtime", "Runtime is not allowed in a rule (processes, exit)"),
            Map.entry("ProcessBuilder", "ProcessBuilder is not allowed in a rule (processes)"),
            Map.entry("Thread", "Thread is not allowed in a rule (threads)"),
            Map.entry("ClassLoader", "ClassLoader is not allowed in a rule (class loading)"),
            Map.entry("Class", "Class is not allowed in a rule (reflection)"));

    private final TypeNames names;
    private final Map<String, Ty> scope;
    private final boolean constraint;
    private final Class<?> self;
    private final Map<String, Ty> locals = new HashMap<>();
    private List<Token> t;
    private int i;

    private CodeChecker(TypeNames names, Map<String, Ty> scope, boolean constraint, Class<?> self) {
        this.names = names;
        this.scope = scope;
        this.constraint = constraint;
        this.self = self;
    }

    /**
     * Checks a constraint of a pattern of type {@code self} (or an accumulate argument when {@code self} is null). An
     * inline binding ({@code $k : key}) is returned as name and type so later code can use it; otherwise null.
     */
    static Map.Entry<String, Ty> constraint(TypeNames names, Map<String, Ty> scope, Class<?> self, String code) {
        CodeChecker c = new CodeChecker(names, scope, true, self);
        c.t = Lexer.lex(code);
        String bound = null;
        if (c.t.get(0).kind() == Kind.IDENT && c.t.get(1).is(":") && !c.t.get(2).is("=")) {
            bound = c.t.get(0).text();
            c.i = 2;
        }
        Ty ty = c.expr();
        c.expectEnd();
        return bound == null ? null : Map.entry(bound, ty);
    }

    /** Checks a consequence: statements of a small part of Java. */
    static void consequence(TypeNames names, Map<String, Ty> scope, String code) {
        CodeChecker c = new CodeChecker(names, scope, false, null);
        c.t = Lexer.lex(code);
        while (c.peek().kind() != Kind.END) c.statement();
    }

    // ---- statements (consequences) ----

    private void statement() {
        Token k = peek();
        if (k.is(";")) {
            i++;
        } else if (k.is("{")) {
            i++;
            Map<String, Ty> outer = new HashMap<>(locals);
            while (!peek().is("}")) {
                if (peek().kind() == Kind.END) throw new Refusal(k.offset(), "block not closed");
                statement();
            }
            i++;
            // a block's locals end with it
            locals.clear();
            locals.putAll(outer);
        } else if (k.is("if")) {
            i++;
            expect("(");
            expr();
            expect(")");
            statement();
            if (peek().is("else")) {
                i++;
                statement();
            }
        } else if (k.is("return")) {
            i++;
            if (!peek().is(";")) expr();
            expect(";");
        } else if (k.is("modify")) {
            modify();
        } else if (!localDeclaration()) {
            expr();
            expect(";");
        }
    }

    /** {@code modify($fact) { member(args), … }}: each call is a member of the fact's type. */
    private void modify() {
        i++;
        expect("(");
        Ty target = expr();
        expect(")");
        expect("{");
        if (!peek().is("}")) {
            do {
                Token name = ident();
                if (!peek().is("(")) throw new Refusal(name.offset(), "a modify block holds calls only");
                member(target, name, true);
                args();
            } while (accept(","));
        }
        expect("}");
        accept(";");
    }

    /** {@code [final] Type[<Type, …>] name [= expr] {, name [= expr]} ;} when the statement is one. */
    private boolean localDeclaration() {
        int start = i;
        if (peek().is("final")) i++;
        Token typeName = peek();
        if (typeName.kind() != Kind.IDENT
                || scope.containsKey(typeName.text())
                || locals.containsKey(typeName.text())) {
            i = start;
            return false;
        }
        Class<?> type = declaredType(typeName.text());
        i++;
        if (type == null) {
            // a fully qualified type: java.math.BigDecimal x = …
            StringBuilder name = new StringBuilder(typeName.text());
            while (type == null && peek().is(".") && t.get(i + 1).kind() == Kind.IDENT) {
                name.append('.').append(t.get(i + 1).text());
                i += 2;
                type = RuleApi.byName(name.toString());
            }
            if (type == null) {
                i = start;
                return false;
            }
        }
        if (peek().is("<") && !typeArguments()) {
            i = start;
            return false;
        }
        if (peek().kind() != Kind.IDENT
                || !(t.get(i + 1).is("=")
                        || t.get(i + 1).is(";")
                        || t.get(i + 1).is(","))) {
            i = start;
            return false;
        }
        do {
            Token name = ident();
            if (scope.containsKey(name.text()) || locals.containsKey(name.text())) {
                throw new Refusal(name.offset(), "'" + name.text() + "' is already a binding or local");
            }
            if (accept("=")) expr();
            locals.put(name.text(), Ty.value(type));
        } while (accept(","));
        expect(";");
        return true;
    }

    private Class<?> declaredType(String name) {
        if (RuleApi.PRIMITIVES.contains(name)) return primitive(name);
        return names.resolve(name);
    }

    private boolean typeArguments() {
        int start = i;
        i++;
        while (true) {
            Token a = peek();
            if (a.kind() != Kind.IDENT || (names.resolve(a.text()) == null)) {
                i = start;
                return false;
            }
            i++;
            if (accept(">")) return true;
            if (!accept(",")) {
                i = start;
                return false;
            }
        }
    }

    // ---- expressions ----

    private Ty expr() {
        int start = i;
        Ty left = ternary();
        Token op = peek();
        if (op.kind() == Kind.OP && ASSIGN.contains(op.text())) {
            if (constraint) throw new Refusal(op.offset(), "assignments are not allowed in a constraint");
            Token target = t.get(start);
            if (i != start + 1 || !locals.containsKey(target.text())) {
                throw new Refusal(op.offset(), "only a local of the consequence may be assigned");
            }
            i++;
            expr();
        }
        return left;
    }

    private Ty ternary() {
        Ty c = binary();
        if (accept("?")) {
            Ty a = expr();
            expect(":");
            Ty b = expr();
            return a.equals(b) ? a : Ty.UNKNOWN;
        }
        return c;
    }

    private Ty binary() {
        Ty left = unary();
        boolean combined = false;
        while (true) {
            Token op = peek();
            if (op.kind() == Kind.OP && BINARY.contains(op.text())) {
                i++;
                // DRL's abbreviated combined relation: age > 30 && < 40
                if (constraint && (op.is("&&") || op.is("||")) && relational(peek())) i++;
            } else if (op.is("instanceof")) {
                i++;
                Token type = ident();
                if (names.resolve(type.text()) == null) throw unknown(type);
                combined = true;
                continue;
            } else if (constraint
                    && op.kind() == Kind.IDENT
                    && (CONSTRAINT_OPERATORS.contains(op.text())
                            || op.is("not") && t.get(i + 1).kind() == Kind.IDENT)) {
                i++;
                Token operator = op.is("not") ? ident() : op;
                if (!CONSTRAINT_OPERATORS.contains(operator.text())) throw refusedWord(operator);
                // DRL's 'field in (a, b)' only: MVEL alone would read 'x in list' as a projection, evaluating x on
                // every element of the list whatever its type (the DRL parser refuses that today; so do we)
                if (operator.is("in") && !peek().is("(")) {
                    throw new Refusal(operator.offset(), "'in' is allowed only as 'field in (a, b, …)'");
                }
            } else if (op.kind() == Kind.IDENT && REFUSED_WORDS.containsKey(op.text())) {
                throw refusedWord(op);
            } else {
                return combined ? Ty.UNKNOWN : left;
            }
            unary();
            combined = true;
        }
    }

    private static boolean relational(Token t) {
        return t.kind() == Kind.OP && Set.of("==", "!=", "<", ">", "<=", ">=").contains(t.text());
    }

    private Ty unary() {
        boolean prefixed = false;
        while (peek().is("!") || peek().is("-") || peek().is("+") || peek().is("++") || peek().is("--")) {
            i++;
            prefixed = true;
        }
        Ty cast = cast();
        Ty ty = cast != null ? cast : postfix();
        if (peek().is("++") || peek().is("--")) {
            i++;
            prefixed = true;
        }
        return prefixed ? Ty.PRIMITIVE : ty;
    }

    /** {@code (Type) operand}: the operand's type becomes the cast's. */
    private Ty cast() {
        if (!peek().is("(")
                || t.get(i + 1).kind() != Kind.IDENT
                || !t.get(i + 2).is(")")) return null;
        String name = t.get(i + 1).text();
        if (scope.containsKey(name) || locals.containsKey(name)) return null;
        Class<?> type = declaredType(name);
        Token after = t.get(i + 3);
        boolean operand = after.kind() == Kind.IDENT
                || after.kind() == Kind.STRING
                || after.kind() == Kind.NUMBER
                || after.is("(")
                || type != null && type.isPrimitive() && (after.is("-") || after.is("+"));
        if (type == null || !operand) return null;
        i += 3;
        unary();
        return Ty.value(type);
    }

    private Ty postfix() {
        Ty ty = primary();
        while (peek().is(".")) {
            i++;
            Token name = ident();
            boolean call = peek().is("(");
            ty = member(ty, name, call);
            if (call) args();
        }
        return ty;
    }

    private Ty primary() {
        Token k = peek();
        switch (k.kind()) {
            case STRING -> {
                i++;
                return Ty.STRING;
            }
            case NUMBER -> {
                i++;
                return Ty.PRIMITIVE;
            }
            case END -> throw new Refusal(k.offset(), "code ends where a value was expected");
            case OP -> {
                if (!k.is("(")) throw new Refusal(k.offset(), "'" + k.text() + "' is not expected here");
                i++;
                Ty inner = expr();
                boolean list = false;
                while (accept(",")) {
                    expr();
                    list = true;
                }
                expect(")");
                return list ? Ty.UNKNOWN : inner;
            }
            default -> {
                return name();
            }
        }
    }

    private Ty name() {
        Token k = ident();
        String n = k.text();
        switch (n) {
            case "null" -> {
                return Ty.UNKNOWN;
            }
            case "true", "false" -> {
                return Ty.PRIMITIVE;
            }
            case "new" -> {
                return construct(k);
            }
            case "this" -> {
                if (!constraint || self == null) throw new Refusal(k.offset(), "'this' is not allowed here");
                return Ty.value(self);
            }
            case "drools" -> {
                // only as findings.raise(drools, …) (or raiseOn): anywhere else it would hand the session to code
                int at = i - 1;
                boolean raise = at >= 4
                        && t.get(at - 1).is("(")
                        && REPORTING.contains(t.get(at - 2).text())
                        && t.get(at - 3).is(".")
                        && t.get(at - 4).is(RuleApi.GLOBAL_NAME)
                        && (peek().is(",") || peek().is(")"));
                if (constraint || !raise) {
                    throw new Refusal(k.offset(), "'drools' is allowed only as the first argument of findings.raise");
                }
                return Ty.DROOLS;
            }
            default -> {}
        }
        // 'matches' is also a method of ParamRow, called bare inside a ParamRow pattern
        if (REFUSED_WORDS.containsKey(n) && !scope.containsKey(n) && !(n.equals("matches") && peek().is("("))) {
            throw refusedWord(k);
        }
        if (peek().is("(")) return bareCall(k);
        Ty var = locals.containsKey(n) ? locals.get(n) : scope.get(n);
        if (var != null) return var;
        if (constraint && self != null) {
            Ty property = property(self, n, false);
            if (property != null) return property;
        }
        Class<?> type = names.resolve(n);
        if (type != null) return Ty.type(type);
        Ty qualified = qualified(k);
        if (qualified != null) return qualified;
        throw unknown(k);
    }

    /** A call without a receiver: a method of the pattern's fact (constraint); insert/update/delete (consequence). */
    private Ty bareCall(Token k) {
        if (constraint && self != null) {
            Ty ty = member(Ty.value(self), k, true);
            args();
            return ty;
        }
        if (!constraint && CONSEQUENCE_CALLS.contains(k.text())) {
            args();
            return Ty.VOID;
        }
        throw new Refusal(
                k.offset(),
                "call '" + k.text() + "(…)' is not allowed here: call a member of a binding, of "
                        + "findings or of an allowed type" + (constraint ? "" : " (or insert/update/delete a fact)"));
    }

    /** A fully qualified name of an allowed type ({@code java.math.BigDecimal}); other qualified names are refused. */
    private Ty qualified(Token first) {
        StringBuilder name = new StringBuilder(first.text());
        int j = i;
        while (t.get(j).is(".") && t.get(j + 1).kind() == Kind.IDENT) {
            name.append('.').append(t.get(j + 1).text());
            j += 2;
            Class<?> c = RuleApi.byName(name.toString());
            if (c != null) {
                i = j;
                return Ty.type(c);
            }
        }
        if (j > i) {
            throw new Refusal(
                    first.offset(),
                    "'" + name + "' is not allowed: only the rule API's types may be named, "
                            + "fully qualified or not");
        }
        return null;
    }

    private Ty construct(Token newToken) {
        Token typeName = ident();
        Class<?> type = names.resolve(typeName.text());
        if (type == null) {
            Ty q = qualified(typeName);
            if (q == null) throw unknown(typeName);
            type = q.cls();
        }
        if (peek().is("<")) {
            i++;
            expect(">");
        }
        if (!RuleApi.members(type).contains("<init>")) {
            throw new Refusal(typeName.offset(), "new " + type.getSimpleName() + "(…) is not allowed in a rule");
        }
        if (!peek().is("(")) throw new Refusal(peek().offset(), "'(' expected after new " + typeName.text());
        args();
        if (peek().is("{")) throw new Refusal(newToken.offset(), "anonymous classes are not allowed in a rule");
        return Ty.value(type);
    }

    private void args() {
        expect("(");
        if (accept(")")) return;
        do {
            expr();
        } while (accept(","));
        expect(")");
    }

    // ---- members ----

    /** The member {@code name} of {@code on}: a method when {@code call}, else a field or a property. */
    private Ty member(Ty on, Token name, boolean call) {
        String n = name.text();
        if (RuleApi.NEVER.containsKey(n)) {
            throw new Refusal(name.offset(), "'" + n + "' is not allowed in a rule (" + RuleApi.NEVER.get(n) + ")");
        }
        switch (on.kind()) {
            case UNKNOWN ->
                throw new Refusal(
                        name.offset(),
                        "cannot tell what '." + n + "' is called on: bind the "
                                + "value to a typed local or use a binding of a fact");
            case DROOLS, VOID -> throw new Refusal(name.offset(), "'." + n + "' is not allowed here");
            default -> {}
        }
        Class<?> type = on.cls();
        if (type.isPrimitive()) throw new Refusal(name.offset(), "a " + type + " has no member '" + n + "'");
        if (!RuleApi.allowed(type)) {
            throw new Refusal(
                    name.offset(), "members of " + type.getName() + " are not allowed in a rule ('." + n + "')");
        }
        if (!RuleApi.members(type).contains(n) && !(constraint && !call && property(on.cls(), n, true) != null)) {
            throw new Refusal(
                    name.offset(),
                    "'" + n + "' of " + type.getSimpleName() + " is not allowed in a rule"
                            + (REFUSED_WORDS.containsKey(n) ? ": " + REFUSED_WORDS.get(n) : ""));
        }
        boolean statics = on.kind() == Ty.Kind.TYPE;
        if (call) {
            Ty r = returnType(type, n, statics);
            if (r == null) {
                throw new Refusal(
                        name.offset(),
                        type.getSimpleName() + " has no " + (statics ? "static " : "") + "method '" + n
                                + "' a rule may call");
            }
            return r;
        }
        Ty p = statics ? staticField(type, n) : property(type, n, false);
        if (p == null)
            throw new Refusal(
                    name.offset(),
                    type.getSimpleName() + " has no " + (statics ? "static " : "") + "field or property '" + n
                            + "' a rule may use");
        return p;
    }

    private static Ty returnType(Class<?> type, String name, boolean statics) {
        Set<Class<?>> returns = new HashSet<>();
        for (Method m : type.getMethods()) {
            if (!m.getName().equals(name) || statics && !Modifier.isStatic(m.getModifiers())) continue;
            returns.add(erase(m.getGenericReturnType()));
        }
        if (returns.isEmpty()) return null;
        if (returns.size() > 1) return Ty.UNKNOWN;
        Class<?> r = returns.iterator().next();
        return r == void.class ? Ty.VOID : Ty.value(r);
    }

    /**
     * A property read without parentheses: in a constraint (MVEL) the accessor {@code name()}, {@code getName()} or
     * {@code isName()}, or a public field; {@code viaAccessor} asks only whether such an accessor is allowed.
     */
    private static Ty property(Class<?> type, String name, boolean viaAccessor) {
        if (!RuleApi.allowed(type)) return null;
        Set<String> allowed = RuleApi.members(type);
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String accessor : List.of(name, "get" + cap, "is" + cap)) {
            if (!allowed.contains(accessor)) continue;
            try {
                Method m = type.getMethod(accessor);
                if (!Modifier.isStatic(m.getModifiers())) return Ty.value(erase(m.getGenericReturnType()));
            } catch (NoSuchMethodException e) {
                // not this spelling
            }
        }
        if (viaAccessor || !allowed.contains(name)) return null;
        try {
            Field f = type.getField(name);
            return Ty.value(erase(f.getGenericType()));
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Ty staticField(Class<?> type, String name) {
        try {
            Field f = type.getField(name);
            return Modifier.isStatic(f.getModifiers()) ? Ty.value(erase(f.getGenericType())) : null;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** The class of a declared type; a type variable counts as Object, so only Object's members are allowed on it. */
    private static Class<?> erase(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        if (type instanceof GenericArrayType) return Object[].class;
        return Object.class;
    }

    private static Class<?> primitive(String name) {
        return switch (name) {
            case "int" -> int.class;
            case "long" -> long.class;
            case "double" -> double.class;
            case "boolean" -> boolean.class;
            case "float" -> float.class;
            case "short" -> short.class;
            case "byte" -> byte.class;
            default -> char.class;
        };
    }

    // ---- tokens ----

    private Token peek() {
        return t.get(i);
    }

    private boolean accept(String s) {
        if (peek().is(s)) {
            i++;
            return true;
        }
        return false;
    }

    private void expect(String s) {
        if (!accept(s)) {
            Token k = peek();
            throw new Refusal(
                    k.offset(),
                    "'" + s + "' expected" + (k.kind() == Kind.END ? " at the end" : ", found '" + k.text() + "'"));
        }
    }

    private void expectEnd() {
        Token k = peek();
        if (k.kind() != Kind.END) throw new Refusal(k.offset(), "'" + k.text() + "' is not expected here");
    }

    private Token ident() {
        Token k = peek();
        if (k.kind() != Kind.IDENT) {
            throw new Refusal(
                    k.offset(),
                    "a name expected" + (k.kind() == Kind.END ? " at the end" : ", found '" + k.text() + "'"));
        }
        i++;
        return k;
    }

    private Refusal unknown(Token k) {
        if (REFUSED_WORDS.containsKey(k.text())) return refusedWord(k);
        return new Refusal(k.offset(), "'" + k.text() + "' is not a binding, a local or a type a rule may use");
    }

    private static Refusal refusedWord(Token k) {
        String why = REFUSED_WORDS.get(k.text());
        return new Refusal(k.offset(), why != null ? why : "'" + k.text() + "' is not allowed in a rule");
    }

    /** Simple type names as a DRL file's imports make them known, restricted to allowed types. */
    interface TypeNames {
        /** The allowed class the simple name stands for, or null. */
        Class<?> resolve(String simpleName);
    }
}
