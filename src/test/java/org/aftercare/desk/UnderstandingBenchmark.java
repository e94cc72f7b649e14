package org.aftercare.desk;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Messages understood per second on ONE thread (= per core): the intent classification and risk
 * alone (language known, as when the channel says it) and the whole understanding with Lingua's
 * language detection. Input: the evaluation set, cycled. Run with bench/understanding.sh.
 */
@Tag("bench")
class UnderstandingBenchmark {

    @Test
    void messagesPerSecondOnOneCore() throws Exception {
        var desk = new MessageUnderstanding(DeskProperties.defaults());
        List<UnderstandingEvaluationTests.Labelled> set = UnderstandingEvaluationTests.evaluationSet();
        int messages = Integer.getInteger("bench.messages", 200_000);
        List<UnderstandingEvaluationTests.Labelled> input = new ArrayList<>(messages);
        for (int i = 0; i < messages; i++) {
            input.add(set.get(i % set.size()));
        }
        run(desk, input.subList(0, Math.min(20_000, messages)), false); // warm-up
        run(desk, input.subList(0, Math.min(20_000, messages)), true);
        double classification = run(desk, input, false);
        double full = run(desk, input.subList(0, messages / 4), true);
        System.out.println("=== Message understanding benchmark (1 thread) ===");
        System.out.printf("messages: %,d (evaluation set cycled, %d distinct, 6 languages)%n", messages, set.size());
        System.out.printf("classification + risk (language known): %,.0f messages/s%n", classification);
        System.out.printf("with Lingua language detection:        %,.0f messages/s%n", full);
        System.out.println("reproduce: bench/understanding.sh [messages]");
    }

    private static double run(MessageUnderstanding desk, List<UnderstandingEvaluationTests.Labelled> input, boolean detect) {
        long sink = 0;
        long start = System.nanoTime();
        for (var message : input) {
            Understanding result = detect
                    ? desk.understand(message.text(), MessageContext.none())
                    : desk.understand(message.language(), message.text(), MessageContext.none());
            sink += result.risk() + result.intent().ordinal();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink == -1) {
            System.out.println(sink);
        }
        return input.size() / seconds;
    }
}
