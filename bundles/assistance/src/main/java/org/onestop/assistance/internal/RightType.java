package org.onestop.assistance.internal;

/** The right concerned; patents and trademarks have a number whose format is checked ({@link RightNumber}). */
public enum RightType implements Choice {
    PATENT,
    TRADEMARK,
    COPYRIGHT,
    GEOGRAPHICAL_INDICATION,
    TRADE_SECRET,
    OTHER;

    @Override
    public String list() {
        return "assistance.right";
    }
}
