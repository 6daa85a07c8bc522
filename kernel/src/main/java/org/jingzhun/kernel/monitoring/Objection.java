// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

/** 异议 — raised during the public notice; it sends the case back to the village review. */
public record Objection(java.time.LocalDate on, String text, String recordedBy) {
}
