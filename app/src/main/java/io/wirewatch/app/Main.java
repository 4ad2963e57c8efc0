package io.wirewatch.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wirewatch} command line. */
@Command(name = "wirewatch", mixinStandardHelpOptions = true, version = "wirewatch 0.1.0",
        description = {"Wirewatch reads news continuously and tells you only what is new:",
                "a new story, or a new development in a story you follow."},
        subcommands = {RunCommand.class, ReplayCommand.class, IngestCommand.class, StreamCommand.class,
                SinkCommand.class, TailCommand.class, ExtractCommand.class, SettingsCommand.class, SubscribeCommand.class, SubscriptionsCommand.class,
                UnsubscribeCommand.class, io.wirewatch.app.bench.BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        RetriedSequenceLogFilter.install();
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof InvalidSettingsException) {
                // A usage error, like a bad flag: exit 2, and no stack trace even at DEBUG.
                for (String line : e.getMessage().split("\n")) cmd.getErr().println("wirewatch " + cmd.getCommandName() + ": " + line);
                return 2;
            }
            // A failure says what went wrong and what to do, not a stack trace.
            cmd.getErr().println("wirewatch " + cmd.getCommandName() + ": " + message(e));
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("Command failed", e);
            return 1;
        });
        return cl.execute(args);
    }

    static String message(Throwable e) {
        Throwable t = e;
        StringBuilder sb = new StringBuilder(String.valueOf(t.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null && !sb.toString().contains(t.getMessage())) sb.append(": ").append(t.getMessage());
        }
        return sb.toString();
    }
}
