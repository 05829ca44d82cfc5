package org.marsad.model;

/** A political event coded in CAMEO and PLOVER. */
public record Event(String id, String cameo, String plover, int sentence, TextSpan trigger,
    EventArgument source, EventArgument target, EntityRef location, String date, String time,
    Modality modality, EntityRef attribution, double confidence) {}
