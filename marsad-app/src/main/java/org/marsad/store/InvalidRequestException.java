package org.marsad.store;

/** A search or analytics request that makes no sense (bad date, unknown value); says which and why. */
public class InvalidRequestException extends RuntimeException {
  public InvalidRequestException(String message) {
    super(message);
  }
}
