package org.khabar.serve.portal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.util.Map;

/**
 * The jte templates of src/main/jte, precompiled at build time by jte-maven-plugin into
 * {@code gg.jte.generated.precompiled} and loaded from the class path: no compiler at run time,
 * and a template error is a build error.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8192);
        engine.render(template, params, out);
        return out.toString();
    }
}
