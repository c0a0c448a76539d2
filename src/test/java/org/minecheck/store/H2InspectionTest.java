package org.minecheck.store;

import java.util.Map;

/** The joint inspection on the embedded H2 database. */
class H2InspectionTest extends InspectionContract {
    @Override
    Map<String, String> database() {
        return Map.of("minecheck.data-dir", dir.resolve("data").toString());
    }
}
