package dev.osprey.core.report;

import java.util.List;
import java.util.Locale;

/**
 * Small inline SVG charts for the HTML report: a line over time and labelled bars. Doubles here only place
 * pixels; the figures printed beside them come from the report's BigDecimals.
 */
final class SvgChart {
    private static final int W = 720;
    private static final int H = 220;
    private static final int PAD = 48;

    private SvgChart() {
    }

    /**
     * A line through ({@code times[i]}, {@code values[i]}) with the minimum and maximum labelled. A long series is
     * drawn through each pixel column's lowest and highest point, so peaks and troughs survive and the page stays
     * small.
     */
    static String line(String title, long[] times, double[] values, String colour) {
        StringBuilder b = open(title);
        if (times.length == 0) {
            return b.append("</svg>").toString();
        }
        double min = min(values);
        double max = max(values);
        double span = max - min == 0 ? 1 : max - min;
        long t0 = times[0];
        long tSpan = Math.max(1, times[times.length - 1] - t0);
        StringBuilder points = new StringBuilder();
        int column = -1;
        int low = 0;
        int high = 0;
        for (int i = 0; i <= times.length; i++) {
            int c = i == times.length ? -2 : (int) ((W - 2L * PAD) * (times[i] - t0) / tSpan);
            if (c != column && column != -1) {
                point(points, times, values, Math.min(low, high), t0, tSpan, min, span);
                point(points, times, values, Math.max(low, high), t0, tSpan, min, span);
            }
            if (i == times.length) {
                break;
            }
            if (c != column) {
                column = c;
                low = i;
                high = i;
            }
            low = values[i] < values[low] ? i : low;
            high = values[i] > values[high] ? i : high;
        }
        b.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
                .append(points.toString().trim()).append("\"/>");
        label(b, 4, PAD, fmt(max));
        label(b, 4, H - PAD, fmt(min));
        return b.append("</svg>").toString();
    }

    private static void point(StringBuilder points, long[] times, double[] values, int i, long t0, long tSpan,
                              double min, double span) {
        double x = PAD + (W - 2.0 * PAD) * (times[i] - t0) / tSpan;
        double y = H - PAD - (H - 2.0 * PAD) * (values[i] - min) / span;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }

    /** One bar per label, green above zero and red below. */
    static String bars(String title, List<String> labels, double[] values) {
        StringBuilder b = open(title);
        double extent = 0;
        for (double v : values) {
            extent = Math.max(extent, Math.abs(v));
        }
        extent = extent == 0 ? 1 : extent;
        double zero = H / 2.0;
        double slot = (W - 2.0 * PAD) / Math.max(1, values.length);
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#888\"/>",
                PAD, zero, W - PAD, zero));
        for (int i = 0; i < values.length; i++) {
            double h = (H / 2.0 - PAD) * Math.abs(values[i]) / extent;
            double x = PAD + slot * i + slot * 0.2;
            double y = values[i] >= 0 ? zero - h : zero;
            b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "fill=\"%s\"/>", x, y, slot * 0.6, h, values[i] >= 0 ? "#2e7d32" : "#c62828"));
            label(b, x, H - 8, ReportHtml.escape(labels.get(i)) + " " + fmt(values[i]));
        }
        return b.append("</svg>").toString();
    }

    private static StringBuilder open(String title) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\"><title>%s</title>"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"#fafafa\" stroke=\"#ddd\"/>", W, H, W, H,
                ReportHtml.escape(title)));
    }

    private static void label(StringBuilder b, double x, double y, String text) {
        b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#333\">%s</text>",
                x, y, text));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
