package org.aftercare.console.shell;

/**
 * One entry of the left navigation.
 *
 * @param label     message key of its label
 * @param path      where it leads
 * @param available whether a page is served there yet; if not, it is shown disabled
 * @param active    whether the current page belongs to it
 */
public record NavEntry(String label, String path, boolean available, boolean active) {
}
