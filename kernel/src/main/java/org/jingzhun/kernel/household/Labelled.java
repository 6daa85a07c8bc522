// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.household;

import java.util.Optional;

/**
 * A registry vocabulary value with the Chinese label used in the 建档立卡 system, in import
 * templates and in exports. The label is data (the words of the official forms), not UI text.
 */
public interface Labelled {

    String label();

    /** The constant of {@code type} whose label is {@code text} (surrounding whitespace ignored). */
    static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        E e = (E) Lookup.BY_LABEL.get(type).get(text.strip());
        return Optional.ofNullable(e);
    }

    /** Label → constant maps, built once per vocabulary: imports parse millions of cells. */
    final class Lookup {
        private static final ClassValue<java.util.Map<String, Object>> BY_LABEL = new ClassValue<>() {
            @Override
            protected java.util.Map<String, Object> computeValue(Class<?> type) {
                java.util.Map<String, Object> map = new java.util.HashMap<>();
                for (Object c : type.getEnumConstants()) {
                    map.put(((Labelled) c).label(), c);
                }
                return java.util.Map.copyOf(map);
            }
        };

        private Lookup() {
        }
    }

    /** All labels of {@code type}, joined with 、 for messages ("户主、配偶、…"). */
    static <E extends Enum<E> & Labelled> String labels(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (!sb.isEmpty()) {
                sb.append('、');
            }
            sb.append(e.label());
        }
        return sb.toString();
    }
}
