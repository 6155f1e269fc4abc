/**
 * The LLM proposal engine: names and folders for a batch of files asked of a chat model (OpenAI or any
 * OpenAI-compatible server, Anthropic, Ollama) through langchain4j's {@code ChatModel}. Plain Java, no
 * container: the PROPOSE stage calls {@link phaze.proposal.llm.LlmProposalEngine} outside any database
 * transaction and stores the outcomes afterwards. Every answer is parsed and validated here and every
 * draft passes {@link phaze.proposal.control.DraftLegalizer}; a path that leaves the library is refused,
 * never repaired. See docs/adr/052-llm-proposals.md.
 */
package phaze.proposal.llm;
