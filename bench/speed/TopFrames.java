import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top frames of a flight recording's CPU samples taken while a request was served (a Jetty thread inside
 * {@code ServletChannel.handle}): the methods running (self) and the gateway's own steps they ran under
 * (inclusive: the project's classes, Jersey's stages, HK2, Freemarker, Derby, Jackson), each as a share of the
 * request samples.
 */
final class TopFrames {

    private static final Pattern STEPS = Pattern.compile("^(org\\.onestop|freemarker\\.core\\.Environment\\.process"
            + "|org\\.apache\\.derby\\.impl\\.jdbc\\.EmbedStatement|org\\.apache\\.derby\\.impl\\.jdbc\\.EmbedConnection"
            + "|org\\.glassfish\\.jersey\\.server\\.(ServerRuntime|ContainerFilteringStage|internal\\.routing"
            + "\\.RoutingStage|model\\.ResourceMethodInvoker)|org\\.glassfish\\.jersey\\.message\\.internal"
            + "\\.(MessageBodyFactory\\.writeTo|CommittingOutputStream\\.commit)|org\\.jvnet\\.hk2\\.internal"
            + "\\.(ServiceLocatorImpl\\.getService|Utilities\\.createService)|com\\.fasterxml\\.jackson\\.databind"
            + "\\.ObjectWriter\\.writeValue|org\\.apache\\.felix\\.http\\.base\\.internal\\.dispatch\\.Dispatcher"
            + "\\.dispatch|org\\.eclipse\\.jetty\\.ee10\\.servlet\\.ServletChannel\\.handle).*");

    private TopFrames() {
    }

    /** The report: {@code self} and {@code steps} lines, most samples first. */
    static String of(Path recording, int self, int steps) throws IOException {
        Map<String, Integer> selfCounts = new HashMap<>();
        Map<String, Integer> stepCounts = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty() || frames.stream().noneMatch(f -> name(f).endsWith("ServletChannel.handle"))) {
                continue;
            }
            samples++;
            selfCounts.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (STEPS.matcher(name).matches() && seen.add(name)) {
                    stepCounts.merge(name, 1, Integer::sum);
                }
            }
        }
        StringBuilder report = new StringBuilder("    " + samples + " request samples\n    self:\n");
        top(report, selfCounts, self, samples);
        report.append("    under:\n");
        top(report, stepCounts, steps, samples);
        return report.toString();
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void top(StringBuilder report, Map<String, Integer> counts, int limit, int samples) {
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(limit)
                .forEach(e -> report.append(String.format("    %5.1f%%  %s%n", 100.0 * e.getValue() / samples,
                        e.getKey().replaceAll("\\$\\$Lambda\\$[^.]*", "\\$\\$Lambda"))));
    }
}
