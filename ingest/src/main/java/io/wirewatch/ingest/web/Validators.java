package io.wirewatch.ingest.web;

/** HTTP cache validators remembered per URL for conditional GET. Either may be null. */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
