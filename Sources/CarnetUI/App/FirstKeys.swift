/// The keys a session begins with, and the frames that answer them, kept with the first
/// screen (docs/store-format.md, "The first screen") so that a key pressed while the store
/// is still being read is answered at once: down the list a few rows, or any one key the
/// contact list binds (a move, a person's details, the filter line, a form, the help, the
/// daily review, each pane).
///
/// Each frame is what `App.update` and `RootView.render` make of the first screen's state
/// after those keys, made when the first screen is kept, from the same store, day and
/// size. The keys themselves still go to the app once the store is read, so the frame it
/// then draws is the same one, and ncurses sends nothing more; a kept frame that were
/// wrong would show until then, and be replaced.
public enum FirstKeys {
    /// Keys the key map binds to one command in the contact list, the only context a kept
    /// sequence passes through before its last key (checked by a test): a frame kept for
    /// the first answers the others.
    static let alike: [[Key]] = KeyMap.bindings(for: .contacts).map(\.keys).filter { $0.count > 1 }

    /// The sequences answered, as typed one key after the other (each prefix of one is also
    /// a sequence). The window is the length of a load: tenths of a second at most, in which
    /// a hand types a key, or two, or holds `j` down.
    static let sequences = onTheList + acrossPanes

    /// Those drawn from the contact list as it is: down the list up to four rows, and each
    /// other key the list binds, once. Those that ask for more than drawing (quit, the
    /// note's editor) are left out by `answers`.
    static let onTheList: [[Key]] = (1...4).map { Array(repeating: .char("j"), count: $0) }
        + KeyMap.bindings(for: .contacts).map { [$0.keys[0]] }.filter { $0 != [.char("j")] && !acrossPanes.contains($0) }

    /// Those that need more than the list as it is: the circle map, the month's plan, the
    /// list sorted anew or with every circle, tens of milliseconds each at 100,000 people
    /// (`carnet-bench`).
    static let acrossPanes: [[Key]] = [[.char("r")], [.char("2")], [.char("3")], [.tab], [.backTab], [.char("o")], [.char("x")]]

    /// The key that stands for `key` in the sequences.
    static func standIn(for key: Key) -> Key {
        alike.first { $0.contains(key) }?.first ?? key
    }

    /// How a sequence is named in the kept file: its keys as help writes them.
    static func name(_ keys: [Key]) -> [UInt8] {
        Array(keys.map(\.description).joined(separator: "\u{1F}").utf8)
    }

    /// The frames after each sequence, from `state` (the first screen's, drawn as `first`),
    /// as bytes to keep (`Answers(kept:first:)` reads them back); without `acrossPanes`,
    /// only those on the list. A sequence whose keys ask for anything besides drawing (a
    /// write, an editor) has none. A frame that several sequences give (`Tab` and `2`) is
    /// kept once, under all their names.
    public static func answers(from state: AppState, first: Canvas, acrossPanes: Bool = true) -> [[UInt8]] {
        // What the panes show is computed once for all of them, as idle seconds would.
        var prepared = state
        if acrossPanes { prepared.prepareEveryPane() }
        var frames: [(names: [[UInt8]], rows: [UInt8])] = []
        for keys in acrossPanes ? sequences : onTheList {
            var after = prepared
            guard keys.allSatisfy({ App.update(&after, .key($0)).isEmpty }),
                  let (numbers, rows) = RootView.render(after).rows(differingFrom: first),
                  let cells = rows.bytes, let numbered = part(numbers.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            else { continue }
            let frame = numbered + cells
            if let same = frames.firstIndex(where: { $0.rows == frame }) {
                frames[same].names.append(name(keys))
            } else {
                frames.append(([name(keys)], frame))
            }
        }
        return frames.compactMap { frame in
            part(Array(frame.names.joined(separator: [nameSeparator]))).map { $0 + frame.rows }
        }
    }

    /// Between the names of one frame.
    static let nameSeparator: UInt8 = 0x1E

    /// `bytes` after their count, in two bytes; nil when they are too many to count so (the
    /// row numbers of a terminal taller than 32,767 rows).
    private static func part(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count <= 0xFFFF else { return nil }
        return [UInt8(bytes.count & 0xFF), UInt8(bytes.count >> 8)] + bytes
    }

    /// The kept frames, as read back with the first screen: read further only when a key
    /// comes (at a start, taking them all apart was a quarter of a millisecond before the
    /// first screen).
    public struct Answers: Sendable {
        private let kept: [[UInt8]]
        private let first: Canvas

        /// From what `answers(from:first:)` made; what cannot be read gives no frame.
        public init(kept: [[UInt8]], first: Canvas) {
            self.kept = kept
            self.first = first
        }

        /// No frame at all.
        public var isEmpty: Bool { kept.isEmpty }

        /// The frame after `keys`, typed from the first screen; nil when none was kept.
        public func frame(after keys: [Key]) -> Canvas? {
            let name = FirstKeys.name(keys.map(FirstKeys.standIn))
            for bytes in kept {
                guard let (names, numbers, cells) = Self.parts(bytes),
                      names.split(separator: FirstKeys.nameSeparator).contains(where: { $0.elementsEqual(name) }) else { continue }
                guard numbers.count % 2 == 0, let rows = Canvas(bytes: Array(cells)) else { return nil }
                let rowNumbers = stride(from: numbers.startIndex, to: numbers.endIndex, by: 2)
                    .map { Int(numbers[$0]) | Int(numbers[$0 + 1]) << 8 }
                return first.replacing(rows: rowNumbers, with: rows)
            }
            return nil
        }

        /// A kept frame's name, row numbers and cells (`answers(from:first:)`).
        private static func parts(_ bytes: [UInt8]) -> (name: ArraySlice<UInt8>, numbers: ArraySlice<UInt8>, cells: ArraySlice<UInt8>)? {
            var at = 0
            func part() -> ArraySlice<UInt8>? {
                guard at + 2 <= bytes.count else { return nil }
                let count = Int(bytes[at]) | Int(bytes[at + 1]) << 8
                guard at + 2 + count <= bytes.count else { return nil }
                defer { at += 2 + count }
                return bytes[(at + 2)..<(at + 2 + count)]
            }
            guard let name = part(), let numbers = part() else { return nil }
            return (name, numbers, bytes[at...])
        }
    }
}
