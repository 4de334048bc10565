/**
 * Charts drawn as plain SVG text on the server, from a stored evaluation: an indicator's values over every
 * period with England, the region and the confidence limits, and a Fingertips-style spine chart per area.
 * One drawing serves the dashboard (inserted into the page), the printed board paper and its PDF (through
 * openhtmltopdf's Batik support), so the three cannot differ. Every chart carries a title and a description,
 * and says its series with shapes, line patterns and words as well as colours.
 */
package org.wellbeing.chart;
