package org.minecheck.engine;

import java.util.ArrayList;
import java.util.List;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.base.ValueResolver;
import org.drools.core.common.DefaultFactHandle;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSinkPropagator;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

/**
 * Which fact classes some rule pattern of a rule base can match, read from its object-type nodes that lead to a rule.
 * A fact of any other class cannot change what fires, so the check does not insert it; every insert costs, whether or
 * not a rule uses it. When the rule base cannot be read this way, everything counts as matchable.
 */
final class RuleBaseTypes {
    private final List<ClassObjectType> types;
    private final List<ObjectTypeNode> nodes;
    private final boolean all;
    private final ClassValue<Boolean> matchable = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            if (all) return true;
            for (ClassObjectType t : types) if (t.isAssignableFrom(type)) return true;
            return false;
        }
    };

    private RuleBaseTypes(List<ClassObjectType> types, List<ObjectTypeNode> nodes, boolean all) {
        this.types = types;
        this.nodes = nodes;
        this.all = all;
    }

    static RuleBaseTypes of(KieBase kieBase) {
        if (!(kieBase instanceof InternalRuleBase rb)) return new RuleBaseTypes(List.of(), List.of(), true);
        List<ClassObjectType> types = new ArrayList<>();
        List<ObjectTypeNode> nodes = new ArrayList<>();
        for (ObjectTypeNode otn : rb.getRete().getObjectTypeNodes()) {
            // a node with nothing below it (left behind when rules were removed, e.g. by an overlay) matches nothing
            if (otn.getObjectSinkPropagator().isEmpty()) continue;
            ObjectType t = otn.getObjectType();
            if (!(t instanceof ClassObjectType c)) return new RuleBaseTypes(List.of(), List.of(), true);
            types.add(c);
            nodes.add(otn);
        }
        return new RuleBaseTypes(List.copyOf(types), List.copyOf(nodes), false);
    }

    /**
     * The facts of {@code facts} that pass the literal tests (alpha constraints) of some rule pattern, read from the
     * rule base's alpha network: a parameter-table row of a table no rule names, a setting no rule asks for, cannot
     * change what fires. Used for the facts shared by every enterprise's session (about 350 table rows, the mineral
     * catalogue among them, of which some 60 are read by rules), so each session inserts only those. An alpha test
     * that fails with an exception keeps the fact, so the session meets the same exception as before.
     */
    List<Object> reachable(List<Object> facts, ValueResolver resolver) {
        if (all) return facts;
        List<Object> out = new ArrayList<>();
        for (Object f : facts) {
            if (!matchable(f)) continue;
            DefaultFactHandle handle = new DefaultFactHandle(0, f);
            for (ObjectTypeNode otn : nodes) {
                if (((ClassObjectType) otn.getObjectType()).isAssignableFrom(f.getClass())
                        && reaches(otn.getObjectSinkPropagator(), handle, resolver, 0)) {
                    out.add(f);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean reaches(ObjectSinkPropagator p, DefaultFactHandle h, ValueResolver resolver, int depth) {
        for (ObjectSink sink : p.getSinks()) {
            if (!(sink instanceof AlphaNode alpha) || depth > 100) return true; // a join, a rule: the fact counts
            boolean passes;
            try {
                passes = alpha.getConstraint().isAllowed(h, resolver);
            } catch (RuntimeException e) {
                return true;
            }
            if (passes && reaches(alpha.getObjectSinkPropagator(), h, resolver, depth + 1)) return true;
        }
        return false;
    }

    boolean matchable(Object fact) {
        return matchable.get(fact.getClass());
    }
}
