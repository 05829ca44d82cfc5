package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code marsad serve}: the REST API over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Serves the REST API over the store on 127.0.0.1.")
final class ServeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UsageException("serve: not built yet");
  }
}
