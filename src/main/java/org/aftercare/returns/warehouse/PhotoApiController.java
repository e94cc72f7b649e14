package org.aftercare.returns.warehouse;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.aftercare.returns.ReturnId;
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

/** QC photos of a returned line: {@code multipart/form-data} with a {@code file} part. */
@RestController
class PhotoApiController {

    private final ReturnPhotos photos;

    PhotoApiController(ReturnPhotos photos) {
        this.photos = photos;
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

    @GetMapping("/api/v1/returns/{id}/photos/{photo}")
    ResponseEntity<byte[]> content(Actor actor, @PathVariable UUID id, @PathVariable UUID photo) {
        ReturnPhotos.PhotoContent file = photos.content(actor, new ReturnId(id), photo);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType())).body(file.content());
    }
}
