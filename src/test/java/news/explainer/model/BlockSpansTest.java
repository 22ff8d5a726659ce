package news.explainer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stretches found for each block by binary search are those that share a character with it, in order. */
class BlockSpansTest {
    private record Span(int from, int to) {}

    @Test
    void eachBlockGetsTheStretchesThatShareACharacterWithItAsAFilterWouldFindThem() {
        Random random = new Random(1);
        for (int round = 0; round < 2000; round++) {
            List<Block> blocks = new ArrayList<>();
            int at = random.nextInt(3);
            for (int b = random.nextInt(8); b > 0; b--) {
                int length = 1 + random.nextInt(6);
                blocks.add(new Block(BlockRole.PARAGRAPH, at, at + length, "x".repeat(length)));
                at += length + random.nextInt(3); // glued to the next block, or a gap of one or two
            }
            List<Span> spans = new ArrayList<>();
            for (int s = random.nextInt(8); s > 0; s--) {
                int from = random.nextInt(at + 3);
                spans.add(new Span(from, from + random.nextInt(12))); // empty ones too
            }
            List<List<Span>> expected = blocks.stream().map(b -> spans.stream()
                    .filter(s -> s.from() < b.end() && s.to() > b.start()).toList()).toList();
            assertEquals(expected, BlockSpans.perBlock(blocks, spans, Span::from, Span::to), blocks + " " + spans);
        }
    }
}
