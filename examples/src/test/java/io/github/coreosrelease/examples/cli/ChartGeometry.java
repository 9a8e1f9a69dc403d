/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What of a {@link RolloutChart} SVG does not depend on the fonts of the machine that drew it: the
 * plot's shapes (axes, ticks, grid, one path per rollout) with every attribute, and the text of
 * every label in order, without its position. Where text lands, and everything laid out around it
 * (the legend's swatches, the title's place), follows AWT's font metrics, which differ between
 * machines and JDKs.
 *
 * @param shapes one line per element of the plot other than text: its name and sorted attributes
 * @param texts the content of every text element, title and legend included, in document order
 */
record ChartGeometry(List<String> shapes, List<String> texts) {
    static ChartGeometry of(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // The DOCTYPE names the SVG 1.0 DTD on the web: never fetched.
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
            List<String> shapes = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            walk(root, false, shapes, texts);
            return new ChartGeometry(List.copyOf(shapes), List.copyOf(texts));
        } catch (Exception e) {
            throw new AssertionError("not an SVG document: " + e, e);
        }
    }

    private static void walk(Element element, boolean aroundText, List<String> shapes, List<String> texts) {
        if (element.getTagName().equals("text")) {
            texts.add(element.getTextContent());
            return;
        }
        String id = element.getAttribute("id");
        boolean laidOutAroundText = aroundText || id.equals(RolloutChart.TITLE) || id.equals(RolloutChart.LEGEND);
        if (!laidOutAroundText) {
            shapes.add(describe(element));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walk(e, laidOutAroundText, shapes, texts);
            }
        }
    }

    private static String describe(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        Map<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            sorted.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
        }
        return element.getTagName() + " " + sorted;
    }
}
