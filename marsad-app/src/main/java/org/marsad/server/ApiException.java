package org.marsad.server;

/** An HTTP error with a status and a message a person understands; sent as RFC 9457 problem JSON. */
final class ApiException extends RuntimeException {
  private final int status;

  ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }

  static ApiException badRequest(String m) {
    return new ApiException(400, m);
  }

  static ApiException notFound(String m) {
    return new ApiException(404, m);
  }
}
