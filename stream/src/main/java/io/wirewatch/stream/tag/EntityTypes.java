package io.wirewatch.stream.tag;

/** The entity types the taggers emit (values of {@link io.wirewatch.common.model.Entity#type()}). */
public final class EntityTypes {
    public static final String PERSON = "PERSON";
    public static final String ORGANIZATION = "ORGANIZATION";
    public static final String LOCATION = "LOCATION";
    public static final String PRODUCT = "PRODUCT";

    private EntityTypes() {
    }
}
