package org.onestop.api.i18n;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The portal's message catalogues, for texts a module builds in code (error messages, mail subjects). A key's
 * first segment names its owner: {@code shell.*} and {@code error.*} are the shell's, {@code <module id>.*} a
 * module's. Texts come from the shell's {@code web/i18n/} folder first (an operator's override), then from the
 * owning module's bundle, then from the Chinese text when an English one is missing; an unknown key comes back
 * as itself.
 */
@ProviderType
public interface Messages {

    /**
     * The text of {@code key} in {@code language}, with {@code {0}}, {@code {1}}, … replaced by the arguments.
     */
    String text(Language language, String key, Object... arguments);
}
