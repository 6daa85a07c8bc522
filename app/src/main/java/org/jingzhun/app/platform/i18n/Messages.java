// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * User-facing text, from {@code messages.properties}. Jingzhun speaks Simplified Chinese to its
 * users; keys keep Java code free of scattered Chinese strings.
 */
@Component
public class Messages {

    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, LOCALE);
    }

    /** A comma-separated message as its items, stripped (column headers of an export). */
    public List<String> list(String key) {
        return Arrays.stream(get(key).split(",")).map(String::strip).toList();
    }
}
