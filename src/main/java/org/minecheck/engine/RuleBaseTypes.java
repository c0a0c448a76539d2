package org.minecheck.engine;

import java.util.ArrayList;
import java.util.List;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

/**
 * Which fact classes some rule pattern of a rule base can match, read from its object-type nodes that lead to a rule.
 * A fact of any other class cannot change what fires, so the check does not insert it; every insert costs, whether or
 * not a rule uses it. When the rule base cannot be read this way, everything counts as matchable.
 */
final class RuleBaseTypes {
    private final List<ClassObjectType> types;
    private final boolean all;
    private final ClassValue<Boolean> matchable = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            if (all) return true;
            for (ClassObjectType t : types) if (t.isAssignableFrom(type)) return true;
            return false;
        }
    };

    private RuleBaseTypes(List<ClassObjectType> types, boolean all) {
        this.types = types;
        this.all = all;
    }

    static RuleBaseTypes of(KieBase kieBase) {
        if (!(kieBase instanceof InternalRuleBase rb)) return new RuleBaseTypes(List.of(), true);
        List<ClassObjectType> types = new ArrayList<>();
        for (ObjectTypeNode otn : rb.getRete().getObjectTypeNodes()) {
            // a node with nothing below it (left behind when rules were removed, e.g. by an overlay) matches nothing
            if (otn.getObjectSinkPropagator().isEmpty()) continue;
            ObjectType t = otn.getObjectType();
            if (!(t instanceof ClassObjectType c)) return new RuleBaseTypes(List.of(), true);
            types.add(c);
        }
        return new RuleBaseTypes(List.copyOf(types), false);
    }

    boolean matchable(Object fact) {
        return matchable.get(fact.getClass());
    }
}
