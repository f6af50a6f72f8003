package com.dealercsi.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgChartsTest {

    @Test
    void a_trend_line_is_well_formed_svg_with_a_gap_where_a_week_has_no_answers() throws Exception {
        var svg = SvgCharts.line(
                "CSI <trend>",
                List.of("3/2", "3/9", "3/16", "3/23"),
                Arrays.asList(600.0, null, 800.0, 900.0),
                500,
                1000);

        var doc = parse(svg);

        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(3);
        var path = doc.getElementsByTagName("path")
                .item(0)
                .getAttributes()
                .getNamedItem("d")
                .getNodeValue();
        // a new "M" after the gap: the line does not pretend to know the missing week
        assertThat(path.chars().filter(c -> c == 'M').count()).isEqualTo(2);
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("CSI <trend>");
    }

    @Test
    void a_point_sits_at_its_value_on_the_scale() throws Exception {
        // plot from y=12 to y=204 for 500..1000: 750 lies half way, at 108
        var doc = parse(SvgCharts.line("t", List.of("a"), List.of(750.0), 500, 1000));

        var circle = doc.getElementsByTagName("circle").item(0).getAttributes();
        assertThat(circle.getNamedItem("cy").getNodeValue()).isEqualTo("108.0");
    }

    @Test
    void bars_are_as_long_as_their_share_of_1000_and_missing_values_draw_no_bar() throws Exception {
        var doc = parse(SvgCharts.bars(
                "factors", List.of("服务启动", "设施 & 环境"), Arrays.asList(725.0, null), Arrays.asList(600.0, 700.0), 1000));

        var bars = doc.getElementsByTagName("rect");
        var widths = new java.util.ArrayList<String>();
        for (int i = 0; i < bars.getLength(); i++) {
            var attributes = bars.item(i).getAttributes();
            widths.add(
                    attributes.getNamedItem("class") == null
                            ? "background"
                            : attributes.getNamedItem("class").getNodeValue() + "="
                                    + attributes.getNamedItem("width").getNodeValue());
        }
        // bar area is 640 − 190 − 50 = 400 wide
        assertThat(widths)
                .containsExactly(
                        "background",
                        "chart-bar=290.0",
                        "chart-bar-previous=240.0",
                        "background",
                        "chart-bar-previous=280.0");
        assertThat(doc.getDocumentElement().getTextContent()).contains("设施 & 环境", "725", "–");
    }

    @Test
    void labels_with_markup_stay_text_in_the_drawing() throws Exception {
        var hostile = "<script>window.__pwned=1</script><img src=x onerror=\"alert(1)\"> & \"quoted\" 'single'";

        var svg = SvgCharts.bars(hostile, List.of(hostile), Arrays.asList(700.0), Arrays.asList((Double) null), 1000);
        var doc = parse(svg);

        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("img").getLength()).isZero();
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo(hostile);
        assertThat(doc.getElementsByTagName("text").item(0).getTextContent()).isEqualTo(hostile);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
