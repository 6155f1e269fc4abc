package phaze.proposal.llm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One item of the model's answer, as parsed and before any trust is given to it. The constraints are
 * checked by {@link NamingCheck}; the path itself is judged afterwards (escape check, then the legalizer).
 *
 * @param key        the file's key, echoed from the prompt
 * @param folder     the folder relative to the library root, "" for the root
 * @param fileName   the new file name
 * @param confidence any number; clamped to 0..1 later
 * @param reasoning  the model's explanation, may be absent
 * @param kind       a {@link phaze.proposal.control.RecordingKind} name, may be absent or unknown
 */
public record LlmNaming(
        @NotBlank @Size(max = 200) String key,
        @NotNull @Size(max = 1024) String folder,
        @NotBlank @Size(max = 1024) String fileName,
        @NotNull Double confidence,
        @Size(max = 4000) String reasoning,
        @Size(max = 40) String kind) {
}
