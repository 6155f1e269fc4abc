package phaze.proposal.boundary;

/**
 * A file or folder of a library as the approved proposals would leave it.
 *
 * @param path     relative to the root
 * @param files    media and companion files in it (1 for a file)
 * @param arriving of those, how many an approved proposal brings here
 */
public record TreeEntry(String name, String path, boolean folder, long files, long arriving) {
}
