package io.wirewatch.common.model;

/** What an alert announces. */
public enum AlertType {
    /** The first article of a story nobody has seen yet. */
    NEW_STORY,
    /** An article that adds real news to a known story. */
    DEVELOPMENT
}
