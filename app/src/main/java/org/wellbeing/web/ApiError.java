package org.wellbeing.web;

import java.util.List;

/**
 * The one error body: {@code {"error": "...", "details": [{"path": "...", "message": "..."}]}}.
 * {@code details} is empty when the error is not about particular fields.
 */
public record ApiError(String error, List<Detail> details) {

    /** Where ({@code observations[3].value}, {@code line 3.value}, {@code compare/goal.drl:12}, a parameter name) and what. */
    public record Detail(String path, String message) {}

    public ApiError {
        details = List.copyOf(details);
    }

    public static ApiError of(String error) {
        return new ApiError(error, List.of());
    }
}
