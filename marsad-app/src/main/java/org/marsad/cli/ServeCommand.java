package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.marsad.input.InputException;
import org.marsad.pipeline.Analyzer;
import org.marsad.server.ApiServer;
import org.marsad.server.ApiToken;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad serve}: the REST API over a store, on 127.0.0.1 unless told otherwise. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Serves the REST API over the store (see /openapi.json). Binds to 127.0.0.1 unless --host is"
          + " given. Writes (POST /api/documents) need the API token: MARSAD_TOKEN, or one"
          + " generated into DIR/api-token on the first start and printed once.",
      "If another process is writing the store, it is served read-only."
    })
final class ServeCommand implements java.util.concurrent.Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--store", paramLabel = "DIR", defaultValue = "marsad-data", description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "5MB", description = "Largest request body (default: ${DEFAULT-VALUE}).")
  String maxBody;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be 0-65535, got " + port);
    }
    long max = Sizes.parse(maxBody, "--max-body");
    PrintWriter err = spec.commandLine().getErr();
    Store st = open(err);
    ApiToken token;
    try {
      token = ApiToken.load(store, System.getenv("MARSAD_TOKEN"));
    } catch (IOException e) {
      st.close();
      throw new InputException(store + ": cannot read or create the API token (" + e.getMessage() + ")", e);
    }
    ApiServer server = new ApiServer(st, Analyzer.defaults(), token, max, host, port).start();
    ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "marsad-refresh");
      t.setDaemon(true);
      return t;
    });
    refresher.scheduleWithFixedDelay(st::refresh, 2, 2, TimeUnit.SECONDS);
    if (token.generated()) {
      err.println("marsad: API token for writes (shown once; kept in " + store.resolve(ApiToken.FILE)
          + "): " + token.value());
    }
    err.printf(java.util.Locale.ROOT, "marsad: serving %s%s on http://%s:%d/ (Ctrl-C to stop)%n", store,
        st.writable() ? "" : " read-only", host, server.port());
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      refresher.shutdownNow();
      server.close();
      st.close();
      stopped.countDown();
    }));
    stopped.await();
    return ExitCodes.OK;
  }

  private Store open(PrintWriter err) throws InputException {
    try {
      return Store.open(store);
    } catch (StoreException e) {
      if (e.getMessage().contains("open in another process")) {
        err.println("marsad: warning: " + store + " is being written by another process; serving it read-only");
        return SearchCommand.openReadOnly(store);
      }
      throw new InputException(e.getMessage(), e);
    }
  }
}
