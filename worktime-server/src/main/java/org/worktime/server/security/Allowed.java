package org.worktime.server.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an endpoint, and the endpoint's group in the role x endpoint table of the tests. Every
 * handler under {@code /api/v1} carries one; one without it is refused to everyone ({@link RoleInterceptor}), and
 * the tests fail on it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Allowed {

    /** The endpoint group, e.g. {@code shifts.write}. */
    String group();

    Role[] value();
}
