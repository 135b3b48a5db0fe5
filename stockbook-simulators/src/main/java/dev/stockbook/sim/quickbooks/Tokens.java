package dev.stockbook.sim.quickbooks;

import java.time.Instant;

/** An OAuth 2 token pair for the simulator's realm, as the token endpoint would return it. */
public record Tokens(String accessToken, String refreshToken, Instant accessExpiresAt) {}
