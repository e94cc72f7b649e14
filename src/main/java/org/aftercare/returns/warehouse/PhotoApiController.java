package org.aftercare.returns.warehouse;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import java.nio.charset.StandardCharsets;

import org.aftercare.returns.ReturnId;
import org.aftercare.returns.ReturnPhoto;
import org.aftercare.returns.ReturnRequests;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.aftercare.tenancy.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** QC photos of a returned line ({@code multipart/form-data} with a {@code file} part) and downloads of a return's photos. */
@RestController
class PhotoApiController {

    private final ReturnPhotos photos;
    private final ReturnRequests requests;

    PhotoApiController(ReturnPhotos photos, ReturnRequests requests) {
        this.photos = photos;
        this.requests = requests;
    }

    @PostMapping(path = "/api/v1/returns/{id}/lines/{lineNo}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ReturnPhotos.Photo add(Actor actor, @PathVariable UUID id, @PathVariable int lineNo,
                           @RequestParam("file") MultipartFile file) throws IOException {
        return photos.add(actor, new ReturnId(id), lineNo, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    @GetMapping("/api/v1/returns/{id}/photos")
    List<ReturnPhotos.Photo> list(Actor actor, @PathVariable UUID id) {
        return photos.photos(actor, new ReturnId(id));
    }

    /**
     * A photo of the return, always as a download (never rendered by the browser): the buyer's photo
     * sent with the request, or a QC photo of one of its lines.
     */
    @GetMapping("/api/v1/returns/{id}/photos/{photo}")
    ResponseEntity<byte[]> content(Actor actor, @PathVariable UUID id, @PathVariable UUID photo) {
        ReturnPhoto.Content file = requests.photo(actor, new ReturnId(id), photo).orElseGet(() -> {
            ReturnPhotos.PhotoContent qc = photos.content(actor, new ReturnId(id), photo);
            return new ReturnPhoto.Content(qc.fileName(), qc.mediaType(), qc.content());
        });
        return download(file);
    }

    /** A kept photo as an attachment, with nosniff: its type was read from the bytes when it was kept. */
    static ResponseEntity<byte[]> download(ReturnPhoto.Content file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(file.content());
    }
}
