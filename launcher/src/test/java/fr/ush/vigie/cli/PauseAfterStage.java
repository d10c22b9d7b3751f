package fr.ush.vigie.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The child JVM of {@link KillDuringRunTest}: runs {@code vigie} as production does, and stops for good as soon as
 * the job reports the end of a chosen stage, so that the test kills it at a moment the run itself defines.
 *
 * <p>Arguments: the stage to stop after ({@value #AT_START} to stop before the job starts at all), then the
 * {@code vigie} arguments. On stdout it prints {@code pause <stage>} once it has stopped; it never resumes.
 */
public final class PauseAfterStage {
    static final String AT_START = "-";
    static final String PAUSED = "pause ";

    private PauseAfterStage() {
    }

    public static void main(String[] args) throws Exception {
        String stage = args[0];
        PrintStream stdout = System.out;
        if (stage.equals(AT_START)) {
            pauseForever(stdout, stage);
        }
        // A stage's end line starts with "vigie · <stage> · " (StageLog); the job thread stops right after it.
        byte[] trigger = ("vigie · " + stage + " · ").getBytes(UTF_8);
        System.setErr(new PrintStream(new PausingLines(System.err, trigger, () -> pauseForever(stdout, stage)),
                true, UTF_8));
        System.exit(Vigie.execute(Arrays.copyOfRange(args, 1, args.length)));
    }

    private static void pauseForever(PrintStream stdout, String stage) {
        stdout.println(PAUSED + stage);
        stdout.flush();
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // Only a kill ends this child.
            }
        }
    }

    /** Passes lines through; after a line starting with the trigger, runs the pause on the writing thread. */
    private static final class PausingLines extends OutputStream {
        private final OutputStream out;
        private final byte[] trigger;
        private final Runnable pause;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        PausingLines(OutputStream out, byte[] trigger, Runnable pause) {
            this.out = out;
            this.trigger = trigger;
            this.pause = pause;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            out.write(b);
            if (b != '\n') {
                line.write(b);
                return;
            }
            out.flush();
            byte[] done = line.toByteArray();
            line.reset();
            if (done.length >= trigger.length
                    && Arrays.equals(done, 0, trigger.length, trigger, 0, trigger.length)) {
                pause.run();
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
