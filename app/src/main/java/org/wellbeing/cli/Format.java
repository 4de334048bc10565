package org.wellbeing.cli;

/** Output formats the commands offer. */
enum Format { text, csv, json }
