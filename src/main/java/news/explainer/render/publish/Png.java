package news.explainer.render.publish;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG of an image's pixels. Written here rather than through ImageIO, whose plug-in registry takes
 * longer to start than the whole image takes to draw and encode; the format needs only five chunks.
 */
final class Png {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Png() {}

    /**
     * An indexed-colour PNG: one byte per pixel instead of three, so a third of the data to compress.
     *
     * @param pixels palette indexes row by row
     * @param palette at most 256 colours, each {@code 0xRRGGBB}
     */
    static byte[] encode(byte[] pixels, int[] palette, int width, int height) {
        byte[] raw = new byte[height * (1 + width)];
        for (int y = 0; y < height; y++) {
            raw[y * (1 + width)] = 0; // filter: none
            System.arraycopy(pixels, y * width, raw, y * (1 + width) + 1, width);
        }
        ByteBuffer colours = ByteBuffer.allocate(3 * palette.length);
        for (int rgb : palette) {
            colours.put((byte) (rgb >> 16)).put((byte) (rgb >> 8)).put((byte) rgb);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 3).put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "PLTE", colours.array());
        chunk(out, "IDAT", deflate(raw));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
