package org.onestop.assistance.internal;

/** Where the infringement happens: in a region (offline), on an online platform, or at a trade fair. */
public enum Venue implements Choice {
    REGION,
    ONLINE,
    TRADE_FAIR;

    @Override
    public String list() {
        return "assistance.venue";
    }
}
