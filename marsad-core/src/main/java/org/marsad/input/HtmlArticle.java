package org.marsad.input;

/** What an HTML page yields: the article's main text and its metadata (fields may be null). */
public record HtmlArticle(String title, String text, String url, String published, String source) {}
