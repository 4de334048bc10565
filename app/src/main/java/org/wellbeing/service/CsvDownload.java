package org.wellbeing.service;

/** A CSV file to download: the name to save it under and its text. */
public record CsvDownload(String fileName, String text) {}
