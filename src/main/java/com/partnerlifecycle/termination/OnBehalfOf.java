package com.partnerlifecycle.termination;

/**
 * The provider's person who asked to end the partnership, named by the buyer's user who
 * entered the request for the provider; {@code email} may be null.
 */
public record OnBehalfOf(String name, String email) {

}
