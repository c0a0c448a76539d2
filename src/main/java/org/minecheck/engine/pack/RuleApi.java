package org.minecheck.engine.pack;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What rule code may name: the types of the rule API and their members. Everything else is refused by
 * {@link PackValidator}. A rule pack is code that runs inside the checker, so this is an allow-list, never a list of
 * forbidden names: a name that is not here cannot be used, however it is spelt.
 *
 * <p>Our own types (facts, the rule API, the fund and regional helpers the packs call) allow their public methods and
 * fields, minus {@link #NEVER} and minus any member whose signature mentions classes, class loaders, threads,
 * reflection, files or the network. Types of the JDK allow a fixed list of members each: value arithmetic, dates,
 * reading a list; nothing that reads the clock ({@code now}), compiles a regular expression ({@code matches},
 * {@code replaceAll}, {@code split}) or builds an unbounded value ({@code pow}, {@code repeat}).
 */
final class RuleApi {
    /** Packages every class of which rules may name (their members are screened as described above). */
    static final Set<String> OWN_PACKAGES = Set.of("org.minecheck.model", "org.minecheck.engine.api");

    /**
     * Single classes outside those packages that rules may name: evidence, the geometry facts, and the fund and
     * regional facts and helpers the national and Ordos packs use. Named as text so that the engine does not depend
     * on the packages that plug into it.
     */
    static final Set<String> OWN_CLASSES = Set.of(
            "org.minecheck.finding.Evidence",
            "org.minecheck.geometry.PatchInLicence",
            "org.minecheck.geometry.ShapeProblem",
            "org.minecheck.geometry.SiteInBlock",
            "org.minecheck.geometry.SiteOutsideLicence",
            "org.minecheck.geometry.ZoneOverlap",
            "org.minecheck.fund.FundCalculator",
            "org.minecheck.fund.FundRequirement",
            "org.minecheck.fund.FundArrears",
            "org.minecheck.fund.FundBalance",
            "org.minecheck.regional.GreenMineTally",
            "org.minecheck.regional.TreatmentTally");

    /** Packages a DRL file may import with {@code .*}; a simple name resolves only to an allowed class in them. */
    static final Set<String> WILDCARD_IMPORTS = Set.of(
            "org.minecheck.model", "org.minecheck.engine.api", "org.minecheck.geometry", "java.time", "java.math");

    /** The one global a pack may declare, and its type. */
    static final String GLOBAL_NAME = "findings";

    static final String GLOBAL_TYPE = "org.minecheck.engine.api.FindingSink";

    /** Member names refused on every type, with the reason given to the pack's author. */
    static final Map<String, String> NEVER = Map.ofEntries(
            Map.entry("getClass", "reflection"),
            Map.entry("getDeclaringClass", "reflection"),
            Map.entry("class", "reflection"),
            Map.entry("forName", "class loading"),
            Map.entry("getClassLoader", "class loading"),
            Map.entry("getRecordComponents", "reflection"),
            Map.entry("wait", "threads"),
            Map.entry("notify", "threads"),
            Map.entry("notifyAll", "threads"),
            Map.entry("finalize", "object life cycle"),
            Map.entry("clone", "object life cycle"));

    /** Members of JDK types a rule may use ({@code <init>}: the constructors). */
    private static final Map<Class<?>, Set<String>> JDK = new HashMap<>();

    static {
        Set<String> object = Set.of("equals", "hashCode", "toString");
        jdk(Object.class, object);
        jdk(
                String.class,
                object,
                "<init>",
                "length",
                "isEmpty",
                "isBlank",
                "charAt",
                "startsWith",
                "endsWith",
                "contains",
                "equalsIgnoreCase",
                "compareTo",
                "compareToIgnoreCase",
                "indexOf",
                "lastIndexOf",
                "substring",
                "strip",
                "stripLeading",
                "stripTrailing",
                "trim",
                "toLowerCase",
                "toUpperCase",
                "concat",
                "replace",
                "valueOf",
                "join");
        Set<String> number = Set.of("intValue", "longValue", "doubleValue", "floatValue", "shortValue", "byteValue");
        jdk(Number.class, object, number);
        for (Class<?> boxed : List.of(Integer.class, Long.class, Double.class)) {
            jdk(
                    boxed,
                    object,
                    number,
                    "compareTo",
                    "compare",
                    "valueOf",
                    "parseInt",
                    "parseLong",
                    "parseDouble",
                    "MAX_VALUE",
                    "MIN_VALUE",
                    "sum",
                    "min",
                    "max",
                    "signum",
                    "isNaN",
                    "isInfinite");
        }
        jdk(
                Boolean.class,
                object,
                "booleanValue",
                "compareTo",
                "valueOf",
                "parseBoolean",
                "TRUE",
                "FALSE",
                "logicalAnd",
                "logicalOr",
                "logicalXor");
        jdk(
                Math.class,
                Set.of(),
                "abs",
                "min",
                "max",
                "round",
                "floor",
                "ceil",
                "signum",
                "addExact",
                "subtractExact",
                "multiplyExact",
                "negateExact",
                "toIntExact",
                "floorDiv",
                "floorMod",
                "sqrt",
                "pow",
                "PI");
        jdk(
                java.util.List.class,
                object,
                "size",
                "isEmpty",
                "get",
                "contains",
                "containsAll",
                "indexOf",
                "lastIndexOf");
        Set<String> comparable = Set.of(
                "compareTo",
                "min",
                "max",
                "signum",
                "abs",
                "negate",
                "valueOf",
                "ZERO",
                "ONE",
                "TEN",
                "intValue",
                "longValue",
                "doubleValue",
                "intValueExact",
                "longValueExact",
                "add",
                "subtract",
                "multiply",
                "divide",
                "remainder",
                "divideToIntegralValue",
                "toString");
        jdk(
                java.math.BigDecimal.class,
                object,
                comparable,
                "<init>",
                "scale",
                "precision",
                "setScale",
                "stripTrailingZeros",
                "toPlainString",
                "round",
                "toBigInteger",
                "unscaledValue",
                "ulp");
        jdk(java.math.BigInteger.class, object, comparable, "<init>", "mod", "gcd", "bitLength", "TWO");
        jdk(
                java.math.RoundingMode.class,
                object,
                "UP",
                "DOWN",
                "CEILING",
                "FLOOR",
                "HALF_UP",
                "HALF_DOWN",
                "HALF_EVEN",
                "UNNECESSARY",
                "name",
                "ordinal",
                "compareTo",
                "valueOf");
        jdk(
                java.math.MathContext.class,
                object,
                "<init>",
                "DECIMAL32",
                "DECIMAL64",
                "DECIMAL128",
                "UNLIMITED",
                "getPrecision",
                "getRoundingMode");
        Set<String> temporal = Set.of(
                "isBefore",
                "isAfter",
                "isEqual",
                "compareTo",
                "plusDays",
                "plusWeeks",
                "plusMonths",
                "plusYears",
                "minusDays",
                "minusWeeks",
                "minusMonths",
                "minusYears",
                "getYear",
                "getMonthValue",
                "getMonth",
                "getDayOfMonth",
                "getDayOfYear",
                "getDayOfWeek",
                "lengthOfMonth",
                "lengthOfYear",
                "isLeapYear",
                "withYear",
                "withMonth",
                "withDayOfMonth",
                "withDayOfYear",
                "until",
                "of",
                "parse",
                "MIN",
                "MAX");
        jdk(java.time.LocalDate.class, object, temporal, "toEpochDay", "ofEpochDay", "ofYearDay", "EPOCH");
        jdk(java.time.YearMonth.class, object, temporal, "atDay", "atEndOfMonth");
        jdk(
                java.time.Year.class,
                object,
                "of",
                "parse",
                "getValue",
                "atDay",
                "atMonth",
                "isLeap",
                "length",
                "isBefore",
                "isAfter",
                "compareTo",
                "plusYears",
                "minusYears",
                "isLeap",
                "MIN_VALUE",
                "MAX_VALUE");
        jdk(
                java.time.MonthDay.class,
                object,
                "of",
                "parse",
                "getMonthValue",
                "getMonth",
                "getDayOfMonth",
                "isBefore",
                "isAfter",
                "compareTo",
                "atYear",
                "isValidYear");
        jdk(
                java.time.Period.class,
                object,
                "of",
                "ofDays",
                "ofWeeks",
                "ofMonths",
                "ofYears",
                "between",
                "getDays",
                "getMonths",
                "getYears",
                "toTotalMonths",
                "isNegative",
                "isZero",
                "plusDays",
                "plusMonths",
                "plusYears",
                "ZERO");
        Set<String> enumeration = Set.of("name", "ordinal", "compareTo", "valueOf", "getValue", "plus", "minus");
        jdk(
                java.time.Month.class,
                object,
                enumeration,
                "JANUARY",
                "FEBRUARY",
                "MARCH",
                "APRIL",
                "MAY",
                "JUNE",
                "JULY",
                "AUGUST",
                "SEPTEMBER",
                "OCTOBER",
                "NOVEMBER",
                "DECEMBER",
                "of",
                "length",
                "maxLength",
                "minLength");
        jdk(
                java.time.DayOfWeek.class,
                object,
                enumeration,
                "MONDAY",
                "TUESDAY",
                "WEDNESDAY",
                "THURSDAY",
                "FRIDAY",
                "SATURDAY",
                "SUNDAY",
                "of");
        jdk(
                java.time.temporal.ChronoUnit.class,
                object,
                "DAYS",
                "WEEKS",
                "MONTHS",
                "YEARS",
                "DECADES",
                "between",
                "name",
                "ordinal",
                "compareTo",
                "valueOf");
    }

    /** Types a rule names without importing them (java.lang). */
    static final Map<String, Class<?>> IMPLICIT = Map.of(
            "String",
            String.class,
            "Integer",
            Integer.class,
            "Long",
            Long.class,
            "Double",
            Double.class,
            "Boolean",
            Boolean.class,
            "Math",
            Math.class,
            "Number",
            Number.class,
            "Object",
            Object.class);

    /** Primitive type names, usable for locals and casts. */
    static final Set<String> PRIMITIVES = Set.of("int", "long", "double", "boolean", "float", "short", "byte", "char");

    /** A signature mentioning one of these leaves the member out, even on our own types. */
    private static final List<String> UNSAFE_SIGNATURE = List.of(
            "java.lang.Class",
            "java.lang.ClassLoader",
            "java.lang.Thread",
            "java.lang.Runtime",
            "java.lang.Process",
            "java.lang.System",
            "java.lang.reflect.",
            "java.lang.invoke.",
            "java.io.",
            "java.nio.",
            "java.net.",
            "java.util.function.",
            "java.util.concurrent.",
            "java.util.regex.",
            "java.util.stream.",
            "org.kie.",
            "org.drools.",
            "javax.",
            "sun.",
            "jdk.");

    private static final Map<Class<?>, Set<String>> MEMBERS = new ConcurrentHashMap<>();
    /** Members of Object, Record, Enum and Comparable our types may use. */
    private static final Set<String> BASIC = Set.of("equals", "hashCode", "toString", "compareTo", "name", "ordinal");

    private RuleApi() {}

    @SafeVarargs
    private static void jdk(Class<?> type, Set<String> common, Object... more) {
        Set<String> all = new LinkedHashSet<>(common);
        for (Object m : more) {
            if (m instanceof Set<?> s) {
                for (Object o : s) all.add((String) o);
            } else {
                all.add((String) m);
            }
        }
        JDK.put(type, Set.copyOf(all));
    }

    /** True for a type whose members a rule may use. */
    static boolean allowed(Class<?> type) {
        if (type == null) return false;
        if (JDK.containsKey(type)) return true;
        if (type.isArray() || type.isPrimitive() || !Modifier.isPublic(type.getModifiers())) return false;
        String pkg = type.getPackageName();
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) outer = outer.getEnclosingClass();
        return OWN_PACKAGES.contains(pkg) || OWN_CLASSES.contains(outer.getName());
    }

    /** The allowed class with this fully qualified name, or null. Nothing is initialised by looking. */
    static Class<?> byName(String fqn) {
        if (fqn.indexOf('$') >= 0) return null;
        for (Class<?> t : JDK.keySet()) if (t.getName().equals(fqn)) return t;
        int dot = fqn.lastIndexOf('.');
        if (dot < 0) return null;
        String pkg = fqn.substring(0, dot);
        if (!OWN_PACKAGES.contains(pkg) && !OWN_CLASSES.contains(fqn)) return null;
        try {
            Class<?> c = Class.forName(fqn, false, RuleApi.class.getClassLoader());
            return allowed(c) ? c : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** The member names of an allowed type a rule may use ({@code <init>} for its constructors). */
    static Set<String> members(Class<?> type) {
        if (!allowed(type)) return Set.of();
        return MEMBERS.computeIfAbsent(type, RuleApi::computeMembers);
    }

    private static Set<String> computeMembers(Class<?> type) {
        Set<String> jdk = JDK.get(type);
        if (jdk != null) return jdk;
        if (type.getName().equals(GLOBAL_TYPE)) {
            Set<String> sink = new LinkedHashSet<>(reporting(type));
            sink.add("note");
            return Set.copyOf(sink);
        }
        Set<String> out = new LinkedHashSet<>();
        Set<String> unsafe = new LinkedHashSet<>();
        for (Method m : type.getMethods()) {
            if (NEVER.containsKey(m.getName())) continue;
            boolean ours = m.getDeclaringClass().getName().startsWith("org.minecheck.");
            boolean basic = BASIC.contains(m.getName());
            if (!ours && !basic) continue;
            (safe(m.toGenericString()) ? out : unsafe).add(m.getName());
        }
        // a name is usable only when every overload of it is: the checker tells members apart by name
        out.removeAll(unsafe);
        for (Field f : type.getFields()) {
            if (safe(f.toGenericString())) out.add(f.getName());
        }
        for (var c : type.getConstructors()) {
            if (safe(c.toGenericString())) {
                out.add("<init>");
                break;
            }
        }
        return Set.copyOf(out);
    }

    /** The finding sink's methods that report a finding: those taking the rule's context ({@code drools}) first. */
    static Set<String> reporting(Class<?> sink) {
        Set<String> out = new LinkedHashSet<>();
        for (Method m : sink.getMethods()) {
            Class<?>[] p = m.getParameterTypes();
            if (p.length > 0 && p[0].getName().equals("org.kie.api.runtime.rule.RuleContext")) out.add(m.getName());
        }
        return out;
    }

    private static boolean safe(String signature) {
        for (String bad : UNSAFE_SIGNATURE) if (signature.contains(bad)) return false;
        return true;
    }
}
