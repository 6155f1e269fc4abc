/*
 * Keyboard review: j/k move the current row, a/r/e/u press that row's Approve/Reject/Edit/Undo,
 * x toggles its selection. The current row survives the table's Ajax updates by index.
 */
var PhazeReview = (function () {
    var current = 0;

    function rows() {
        return Array.prototype.slice.call(document.querySelectorAll('[id$="proposals_data"] > tr.review-row'));
    }

    function mark() {
        var all = rows();
        if (all.length === 0) { return; }
        current = Math.max(0, Math.min(current, all.length - 1));
        all.forEach(function (row, i) { row.classList.toggle('review-current', i === current); });
        all[current].scrollIntoView({block: 'nearest'});
    }

    function dialogOpen() {
        return Array.prototype.some.call(document.querySelectorAll('.ui-dialog'), function (d) {
            return d.getClientRects().length > 0 && getComputedStyle(d).display !== 'none'
                && getComputedStyle(d).visibility !== 'hidden';
        });
    }

    function press(kind) {
        var row = rows()[current];
        var button = row && row.querySelector('.key-' + kind);
        if (button && !button.disabled && !button.classList.contains('ui-state-disabled')) {
            button.click();
        }
    }

    document.addEventListener('keydown', function (e) {
        var target = e.target;
        if (e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
                || target.isContentEditable || dialogOpen()) {
            return;
        }
        switch (e.key) {
            case 'j': current++; mark(); break;
            case 'k': current--; mark(); break;
            case 'a': press('approve'); break;
            case 'r': press('reject'); break;
            case 'e': press('edit'); break;
            case 'u': press('undo'); break;
            case 'x': var box = rows()[current] && rows()[current].querySelector('.ui-chkbox-box');
                      if (box) { box.click(); } break;
            default: return;
        }
        e.preventDefault();
    });
    document.addEventListener('DOMContentLoaded', mark);
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', mark);
    }
    return { reset: function () { current = 0; mark(); }, current: function () { return current; } };
})();
