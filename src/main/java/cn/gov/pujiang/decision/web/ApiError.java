package cn.gov.pujiang.decision.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * The one error body every endpoint of the application returns. {@code message} is Chinese and
 * written for the clerk who sees it; {@code field} names the request field that was wrong, when
 * one was; {@code code} is a stable English token for programs. Never a stack trace or SQL.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(
    int status, String code, String message, String field, String path, OffsetDateTime timestamp) {}
