package org.wellbeing.audit;

/**
 * The newest record of the chain: note its hash somewhere else (a report, a ticket, a signed
 * e-mail) to be able to prove later that no newer record was removed.
 *
 * @param sequence the last sequence number (0 when the store is empty)
 * @param hash     its hash (64 zeros when the store is empty)
 */
public record ChainHead(long sequence, String hash) {

    /** The head of an empty store. */
    public static ChainHead empty() {
        return new ChainHead(0, Hashes.GENESIS);
    }
}
