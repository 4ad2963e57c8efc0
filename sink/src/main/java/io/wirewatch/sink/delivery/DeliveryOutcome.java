package io.wirewatch.sink.delivery;

/**
 * How one delivery ended.
 *
 * @param delivered true when the receiver confirmed (2xx)
 * @param attempts  requests made
 * @param reason    for a failure, a sentence an operator can act on; null on success
 */
public record DeliveryOutcome(boolean delivered, int attempts, String reason) {
    public static DeliveryOutcome ok(int attempts) {
        return new DeliveryOutcome(true, attempts, null);
    }

    public static DeliveryOutcome failed(int attempts, String reason) {
        return new DeliveryOutcome(false, attempts, reason);
    }
}
