package org.minecheck.model;

import java.util.Set;

/**
 * A failure of minecheck's own code (a bug), as opposed to a problem with what the user gave it. It must never reach
 * the user as "the workbook cannot be read": the doors report it as an internal error with its own exit status and
 * log the details.
 */
public final class InternalFault extends RuntimeException {
    private static final Set<Class<?>> PROGRAMMING_ERRORS = Set.of(
            NullPointerException.class,
            ClassCastException.class,
            IndexOutOfBoundsException.class,
            ArrayIndexOutOfBoundsException.class,
            StringIndexOutOfBoundsException.class,
            IllegalStateException.class,
            ArithmeticException.class,
            UnsupportedOperationException.class,
            IllegalArgumentException.class,
            NumberFormatException.class);

    public InternalFault(String doing, Throwable cause) {
        super("internal error while " + doing + ": " + cause, cause);
    }

    /**
     * Whether {@code e} comes from our code: a programming error thrown in an {@code org.minecheck} class. The reading
     * libraries' own exceptions (POI, fastexcel, the XML and zip readers) are about the file and are not ours.
     */
    public static boolean ours(Throwable e) {
        if (e instanceof InternalFault) return true;
        if (!PROGRAMMING_ERRORS.contains(e.getClass())) return false;
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("org.minecheck.");
    }
}
