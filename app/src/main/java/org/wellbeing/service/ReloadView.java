package org.wellbeing.service;

import org.wellbeing.rules.Reloader;

/** What a successful reload did; {@code changed} is false when the files were the same as the live ones. */
public record ReloadView(boolean changed, String previousVersion, String version, String loadedAt, int rules, int files) {

    public static ReloadView of(Reloader.Outcome o) {
        return new ReloadView(o.changed(), o.previous().version(), o.live().version(), o.live().loadedAt().toString(),
                o.live().rules().size(), o.live().files().size());
    }
}
